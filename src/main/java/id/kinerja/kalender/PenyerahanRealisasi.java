package id.kinerja.kalender;

import id.kinerja.realisasi.PengajuanLaporanBaca;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A quarter's realisation counts as handed in when its report is submitted (or approved, locked). */
@Component
class PenyerahanRealisasi implements PenyerahanDokumen {

    private final PengajuanLaporanBaca laporan;

    PenyerahanRealisasi(PengajuanLaporanBaca laporan) {
        this.laporan = laporan;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.REALISASI;
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        return laporan.diajukan(unitIds, tahun, JenisDokumen.triwulan(periode));
    }
}
