package id.kinerja.realisasi;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.RealisasiTercatat;
import org.springframework.stereotype.Component;

/** Answers planning's question "does this period already have a realisation?". */
@Component
class RealisasiTercatatAdapter implements RealisasiTercatat {

    private final RealisasiRepository realisasi;

    RealisasiTercatatAdapter(RealisasiRepository realisasi) {
        this.realisasi = realisasi;
    }

    @Override
    public boolean ada(Long ikuAkarId, JenisPeriode jenis, int nomor) {
        return realisasi.findByIkuAkarIdAndJenisPeriodeAndNomor(ikuAkarId, jenis, nomor).isPresent();
    }
}
