package id.kinerja.realisasi;

import id.kinerja.bukti.BuktiService;
import id.kinerja.bukti.BuktiService.PanelBukti;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evidence panels the entry page shows below its rows, one per stored value of the quarter. */
@Service
public class BuktiRealisasi {

    private final RealisasiRepository nilai;
    private final OrganisasiQuery organisasi;
    private final BuktiService bukti;
    private final RencanaKinerjaApi rencana;

    BuktiRealisasi(RealisasiRepository nilai, OrganisasiQuery organisasi, BuktiService bukti,
            RencanaKinerjaApi rencana) {
        this.rencana = rencana;
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

    /** Evidence of a lower unit's value that a derived (flowing-up) value of this page comes from. */
    public record BuktiBawah(String unit, String ikuKode, long realisasiId, int jumlah) {
    }

    /**
     * For the derived rows of an entry page: the lower values they come from that carry evidence,
     * keyed like the rows ({@code ikuId + ":" + periode}). The reader of the upper unit may open
     * them read-only ({@link BuktiService#bolehBaca}); values out of reach are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, List<BuktiBawah>> buktiTurunan(List<HalamanRealisasiService.BarisIsian> baris) {
        List<HalamanRealisasiService.BarisIsian> turunan = baris.stream().filter(b -> b.turunan() != null).toList();
        if (turunan.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> akar = new HashMap<>();
        rencana.iku(turunan.stream().flatMap(b -> b.turunan().dari().stream()).map(SkorService.Sumber::ikuId)
                        .collect(Collectors.toSet()))
                .forEach(i -> akar.put(i.id(), i.akarId()));
        Map<String, Realisasi> perKunci = new HashMap<>();
        if (!akar.isEmpty()) {
            nilai.findByIkuAkarIdIn(new HashSet<>(akar.values())).forEach(r -> perKunci.put(
                    r.getIkuAkarId() + "|" + new KodePeriode(r.getJenisPeriode(), r.getNomor()).kode(), r));
        }
        Map<String, List<Realisasi>> sumber = new HashMap<>();
        for (HalamanRealisasiService.BarisIsian b : turunan) {
            for (SkorService.Sumber s : b.turunan().dari()) {
                Realisasi r = perKunci.get(akar.get(s.ikuId()) + "|" + b.periode());
                if (r != null) {
                    sumber.computeIfAbsent(b.ikuId() + ":" + b.periode(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Long> ids = sumber.values().stream().flatMap(List::stream).map(Realisasi::getId).distinct().limit(1000)
                .toList();
        Map<Long, PanelBukti> panel = ids.isEmpty() ? Map.of() : bukti.panelSemua(RealisasiPemilikBukti.JENIS, ids);
        Map<Long, SkorService.Sumber> perIku = new HashMap<>();
        turunan.forEach(b -> b.turunan().dari().forEach(s -> perIku.put(akar.get(s.ikuId()), s)));
        Map<String, List<BuktiBawah>> hasil = new HashMap<>();
        sumber.forEach((kunci, daftar) -> daftar.forEach(r -> {
            PanelBukti p = panel.get(r.getId());
            SkorService.Sumber s = perIku.get(r.getIkuAkarId());
            if (p != null && !p.daftar().isEmpty() && s != null) {
                hasil.computeIfAbsent(kunci, k -> new ArrayList<>())
                        .add(new BuktiBawah(s.unit(), s.ikuKode(), r.getId(), p.daftar().size()));
            }
        }));
        return hasil;
    }
}
