package id.kinerja.realisasi;

import id.kinerja.bukti.BuktiService;
import id.kinerja.bukti.BuktiService.PanelBukti;
import id.kinerja.organisasi.OrganisasiQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evidence panels the entry page shows below its rows, one per stored value of the quarter. */
@Service
public class BuktiRealisasi {

    private final RealisasiRepository nilai;
    private final OrganisasiQuery organisasi;
    private final BuktiService bukti;

    BuktiRealisasi(RealisasiRepository nilai, OrganisasiQuery organisasi, BuktiService bukti) {
        this.nilai = nilai;
        this.organisasi = organisasi;
        this.bukti = bukti;
    }

    /**
     * Panels of a unit's stored values ending in the quarter, keyed {@code ikuId + ":" + periode}
     * like the entry page's rows; values out of the user's reach are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, PanelBukti> panelIsian(Long unitId, int tahun, int triwulan) {
        Optional<OrganisasiQuery.UnitInfo> unit = organisasi.unit(unitId);
        if (unit.isEmpty() || triwulan < 1 || triwulan > 4) {
            return Map.of();
        }
        Optional<Long> ta = organisasi.periode(unit.get().organisasiId(), tahun).stream()
                .map(OrganisasiQuery.PeriodeInfo::tahunAnggaranId).findFirst();
        if (ta.isEmpty()) {
            return Map.of();
        }
        List<Realisasi> rows = nilai.findByUnitIdAndTahunAnggaranId(unitId, ta.get()).stream()
                .filter(r -> new KodePeriode(r.getJenisPeriode(), r.getNomor()).triwulan() == triwulan).toList();
        Map<Long, PanelBukti> panel = bukti.panelSemua(RealisasiPemilikBukti.JENIS,
                rows.stream().map(Realisasi::getId).toList());
        Map<String, PanelBukti> hasil = new HashMap<>();
        for (Realisasi r : rows) {
            PanelBukti p = panel.get(r.getId());
            if (p != null) {
                hasil.put(r.getIkuId() + ":" + new KodePeriode(r.getJenisPeriode(), r.getNomor()).kode(), p);
            }
        }
        return hasil;
    }
}
