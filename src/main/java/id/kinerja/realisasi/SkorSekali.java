package id.kinerja.realisasi;

import id.kinerja.realisasi.SkorService.HasilSkor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one document, each computed once: a report that shows the same "s.d. TW n" in
 * its body and in several attachments asks here instead of the score service again. Lives for
 * one call (one request, one transaction) and is never shared between threads, so it cannot
 * serve a stale score; every first computation goes through {@link SkorService} with its access
 * check.
 */
public final class SkorSekali {

    private final SkorService skor;
    private final Map<List<Object>, HasilSkor> hasil = new HashMap<>();

    /** @param skor the score service bean (its proxy, so its transaction settings apply) */
    public SkorSekali(SkorService skor) {
        this.skor = skor;
    }

    public HasilSkor sampaiDengan(Long unitId, int tahun, int triwulan) {
        List<Object> kunci = List.of(unitId, tahun, triwulan, Boolean.FALSE);
        HasilSkor h = hasil.get(kunci);
        if (h == null) {
            h = skor.sampaiDengan(unitId, tahun, triwulan);
            hasil.put(kunci, h);
        }
        return h;
    }

    public HasilSkor periodeSaja(Long unitId, int tahun, int triwulan) {
        List<Object> kunci = List.of(unitId, tahun, triwulan, Boolean.TRUE);
        HasilSkor h = hasil.get(kunci);
        if (h == null) {
            h = skor.periodeSaja(unitId, tahun, triwulan);
            hasil.put(kunci, h);
        }
        return h;
    }

    /** How many distinct scores were computed (for the benchmark's report). */
    public int jumlahDihitung() {
        return hasil.size();
    }
}
