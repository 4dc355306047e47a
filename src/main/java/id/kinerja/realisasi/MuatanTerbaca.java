package id.kinerja.realisasi;

import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.scoring.Rulebook;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the two read-ahead data sources share ({@link MuatanSubtree}, {@link MuatanTautan}): the IKU
 * and values they read, answered from memory, everything else from {@code langsung} one query at a
 * time (rulebooks and periods remembered). Answers are those of {@code langsung} either way.
 */
abstract class MuatanTerbaca implements SkorService.Muatan {

    protected final SkorService.Muatan langsung;
    protected final Map<Long, IkuRencana> ikuPerId = new HashMap<>();
    /** lineage roots whose values were read (an absent entry in {@link #nilai} = no value at all) */
    protected final Set<Long> akarDimuat = new HashSet<>();
    protected Map<Long, Map<KodePeriode, NilaiTersimpan>> nilai = Map.of();
    private final Map<String, Rulebook> rulebook = new HashMap<>();
    private final Map<String, List<PeriodeInfo>> periode = new HashMap<>();
    private final BatasLapor.Penentu penentu;

    MuatanTerbaca(SkorService.Muatan langsung) {
        this.langsung = langsung;
        this.penentu = langsung.penentu();
    }

    @Override
    public List<IkuRencana> iku(List<Long> ikuIds) {
        if (!ikuIds.stream().allMatch(ikuPerId::containsKey)) {
            return langsung.iku(ikuIds);
        }
        return ikuIds.stream().map(ikuPerId::get).toList();
    }

    @Override
    public Map<KodePeriode, NilaiTersimpan> tersimpan(Long akarId) {
        if (!akarDimuat.contains(akarId)) {
            return langsung.tersimpan(akarId);
        }
        return nilai.getOrDefault(akarId, Map.of());
    }

    @Override
    public Rulebook rulebook(String key, int tahun, int triwulan) {
        return rulebook.computeIfAbsent(key + ":" + tahun + ":" + triwulan,
                k -> langsung.rulebook(key, tahun, triwulan));
    }

    @Override
    public List<PeriodeInfo> periode(Long organisasiId, int tahun) {
        return periode.computeIfAbsent(organisasiId + ":" + tahun, k -> langsung.periode(organisasiId, tahun));
    }

    @Override
    public BatasLapor.Penentu penentu() {
        return penentu;
    }
}
