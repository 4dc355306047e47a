package id.kinerja.dialog;

import id.kinerja.validasi.PemeriksaDko;
import org.springframework.stereotype.Component;

/** Marves: a unit's DKO for a quarter = an organisation-level dialog with a risalah held in it. */
@Component
class PemeriksaDkoDialog implements PemeriksaDko {

    private final DialogService dialog;

    PemeriksaDkoDialog(DialogService dialog) {
        this.dialog = dialog;
    }

    @Override
    public boolean dkoTercatat(long unitId, int tahun, int triwulan) {
        return dialog.dkoTercatat(unitId, tahun, triwulan);
    }
}
