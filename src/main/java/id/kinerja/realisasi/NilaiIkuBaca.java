package id.kinerja.realisasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.bukti.BuktiService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read model of one IKU's entered values per period with their evidence (dashboard drill-down). */
@Service
public class NilaiIkuBaca {

    private final RealisasiRepository repo;
    private final AksesService akses;
    private final BuktiService bukti;

    NilaiIkuBaca(RealisasiRepository repo, AksesService akses, BuktiService bukti) {
        this.repo = repo;
        this.akses = akses;
        this.bukti = bukti;
    }

    public record NilaiPeriode(Long realisasiId, String periode, int triwulan, JenisNilai jenis, BigDecimal nilai,
            BigDecimal pembilang, BigDecimal penyebut, String label, String alasan, StatusValidasi statusValidasi,
            String diisiOleh, List<BuktiService.BuktiView> bukti) {
    }

    /** The values the unit entered for an IKU lineage, in period order; needs LIHAT on the unit. */
    @Transactional(readOnly = true)
    public List<NilaiPeriode> nilai(Long unitId, Long ikuAkarId) {
        akses.periksa(Aksi.LIHAT, unitId);
        List<Realisasi> daftar = repo.findByIkuAkarIdIn(List.of(ikuAkarId)).stream()
                .filter(r -> r.getUnitId().equals(unitId))
                .sorted(Comparator.comparing(Realisasi::getJenisPeriode).thenComparingInt(Realisasi::getNomor))
                .toList();
        Map<Long, BuktiService.PanelBukti> panel = daftar.isEmpty() ? Map.of()
                : bukti.panelSemua(RealisasiPemilikBukti.JENIS, daftar.stream().map(Realisasi::getId).toList());
        return daftar.stream().map(r -> {
            KodePeriode kp = new KodePeriode(r.getJenisPeriode(), r.getNomor());
            BuktiService.PanelBukti p = panel.get(r.getId());
            return new NilaiPeriode(r.getId(), kp.kode(), kp.triwulan(), r.getJenisNilai(), r.getNilai(),
                    r.getPembilang(), r.getPenyebut(), r.getLabel(), r.getAlasan(), r.getStatusValidasi(),
                    r.getDiisiOleh(), p == null ? List.of() : p.daftar());
        }).toList();
    }
}
