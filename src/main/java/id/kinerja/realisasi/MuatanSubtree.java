package id.kinerja.realisasi;

import id.kinerja.cascading.CascadingApi;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data a whole subtree's scores need, read up front in a handful of queries (units, PK
 * versions, their IKU and trajectories, cascading links, realisations, reports, periods) and then
 * answered from memory. Anything outside the subtree falls back to a single look-up.
 */
final class MuatanSubtree extends MuatanTerbaca {

    private final Map<Long, List<PkBerlaku>> versi;
    private final Map<Long, List<Integer>> tautanPerAtas = new HashMap<>();
    private final List<CascadingApi.Tautan> tautan;
    private final Map<Long, Set<Integer>> terkunci = new HashMap<>();
    private final Map<Long, List<LaporanRealisasi>> laporan;

    MuatanSubtree(SkorService.Muatan langsung, List<UnitInfo> units, int tahun, RencanaKinerjaApi rencana,
            CascadingApi cascading, NilaiSubtree nilai, LaporanRealisasiRepository laporanRepo) {
        super(langsung);
        List<Long> unitIds = units.stream().map(UnitInfo::id).toList();
        Long organisasiId = units.get(0).organisasiId();
        this.versi = rencana.semuaVersi(unitIds, organisasiId, tahun);
        versi.values().forEach(l -> l.forEach(pk -> pk.iku().forEach(i -> {
            ikuPerId.put(i.id(), i);
            akarDimuat.add(i.akarId());
        })));
        this.tautan = ikuPerId.isEmpty() ? List.of() : cascading.bawahBanyak(ikuPerId.keySet());
        for (int i = 0; i < tautan.size(); i++) {
            tautanPerAtas.computeIfAbsent(tautan.get(i).atasIkuId(), k -> new ArrayList<>()).add(i);
        }
        List<PeriodeInfo> p = periode(organisasiId, tahun);
        Long ta = p.isEmpty() ? null : p.get(0).tahunAnggaranId();
        if (ta != null) {
            this.nilai = nilai.baca(ta, unitIds);
            this.laporan = laporanRepo.findByTahunAnggaranIdInAndUnitIdIn(List.of(ta), unitIds).stream()
                    .collect(Collectors.groupingBy(LaporanRealisasi::getUnitId));
            laporan.forEach((u, l) -> terkunci.put(u, l.stream().filter(LaporanRealisasi::isTerkunci)
                    .map(LaporanRealisasi::getTriwulan).collect(Collectors.toSet())));
        } else {
            this.laporan = Map.of();
        }
    }

    /** The unit's quarterly reports of the year (status, lock). */
    List<LaporanRealisasi> laporan(Long unitId) {
        return laporan.getOrDefault(unitId, List.of());
    }

    @Override
    public Optional<PkBerlaku> pk(UnitInfo unit, int tahun, int triwulan) {
        return RencanaKinerjaApi.pilih(versi.getOrDefault(unit.id(), List.of()), triwulan);
    }

    @Override
    public List<CascadingApi.Tautan> bawah(List<Long> garis) {
        if (!garis.stream().allMatch(ikuPerId::containsKey)) {
            return langsung.bawah(garis);
        }
        return garis.stream().flatMap(g -> tautanPerAtas.getOrDefault(g, List.of()).stream()).distinct()
                .sorted(Comparator.naturalOrder()).map(tautan::get).toList();
    }

    @Override
    public Set<Integer> terkunci(Long unitId, Long tahunAnggaranId) {
        return terkunci.getOrDefault(unitId, Set.of());
    }

    /** s.d. scores of saved values already computed in this batch, by unit, PK version and quarter. */
    private final Map<String, SkorService.HasilSkor> hasil = new HashMap<>();

    @Override
    public SkorService.HasilSkor hasil(Long unitId, Long pkId, int tahun, int triwulan) {
        return hasil.get(unitId + ":" + pkId + ":" + tahun + ":" + triwulan);
    }

    @Override
    public void ingat(SkorService.HasilSkor h) {
        hasil.put(h.unitId() + ":" + h.pkId() + ":" + h.tahun() + ":" + h.triwulan(), h);
    }
}
