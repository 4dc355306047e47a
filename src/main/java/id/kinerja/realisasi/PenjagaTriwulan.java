package id.kinerja.realisasi;

import id.kinerja.platform.galat.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * When a quarter's realisation may change: once the quarter has started, and while the unit's
 * report for it is still with the planner (draft or returned) and not locked by validation.
 * Shared by every entry path (forms, Excel import, activity progress, analysis).
 */
@Component
public class PenjagaTriwulan {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final LaporanRealisasiRepository laporan;
    private final Clock clock;

    PenjagaTriwulan(LaporanRealisasiRepository laporan, Clock clock) {
        this.laporan = laporan;
        this.clock = clock;
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock.withZone(WIB));
    }

    public boolean sudahMulai(int tahun, int triwulan) {
        return !hariIni().isBefore(LocalDate.of(tahun, (triwulan - 1) * 3 + 1, 1));
    }

    /** Null when the quarter may be changed, else the message key saying why not. */
    public String alasanTidakBoleh(Long unitId, Long tahunAnggaranId, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            return "realisasi.triwulan.tidakSah";
        }
        if (!sudahMulai(tahun, triwulan)) {
            return "penjaga.belumMulai";
        }
        return laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, tahunAnggaranId, triwulan)
                .map(l -> l.isTerkunci() ? "realisasi.konflik.terkunci"
                        : !l.getStatus().dapatDiisi() ? "realisasi.konflik.sudahDiajukan" : null)
                .orElse(null);
    }

    public void periksa(Long unitId, Long tahunAnggaranId, int tahun, int triwulan) {
        String alasan = alasanTidakBoleh(unitId, tahunAnggaranId, tahun, triwulan);
        if (alasan != null) {
            throw new BusinessRuleException("triwulan", alasan, triwulan);
        }
    }
}
