package id.kinerja.realisasi;

import id.kinerja.cascading.CascadingApi;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The data of one unit's score read ahead (the single-unit path: entry page, preview, API misses):
 * the IKU the score starts from, then, level by level down the cascading links, the links and the
 * lower IKU (one query for the links and one for the IKU per level, not one per IKU), and the
 * stored values of all of them in one query. What it did not read (a lineage reached some other
 * way) falls back to one query at a time, so the answers are those of {@link SkorService#langsung}.
 * Built per computation: it never outlives the transaction that read it.
 */
final class MuatanTautan extends MuatanTerbaca {

    private static final int KEDALAMAN_MAKS = 8;

    private final Set<Long> garisDimuat = new HashSet<>();
    /** links per upper IKU id, each with its place in reading order (= link id order within a read) */
    private final Map<Long, List<Urut>> tautanPerAtas = new HashMap<>();
    private final Map<String, Set<Integer>> terkunci = new HashMap<>();

    private record Urut(long urutan, CascadingApi.Tautan tautan) {
    }

    MuatanTautan(SkorService.Muatan langsung, Collection<IkuRencana> awal, CascadingApi cascading,
            Function<Collection<Long>, List<IkuRencana>> bacaIku,
            Function<Collection<Long>, Map<Long, Map<KodePeriode, NilaiTersimpan>>> bacaNilai) {
        super(langsung);
        List<IkuRencana> tingkat = new ArrayList<>(awal);
        tingkat.forEach(i -> ikuPerId.put(i.id(), i));
        long urutan = 0;
        for (int d = 0; d < KEDALAMAN_MAKS && !tingkat.isEmpty(); d++) {
            List<Long> garis = tingkat.stream().flatMap(i -> i.garis().stream()).distinct()
                    .filter(garisDimuat::add).toList();
            if (garis.isEmpty()) {
                break;
            }
            List<CascadingApi.Tautan> tautan = cascading.bawahBanyak(garis);
            for (CascadingApi.Tautan t : tautan) {
                tautanPerAtas.computeIfAbsent(t.atasIkuId(), k -> new ArrayList<>()).add(new Urut(urutan++, t));
            }
            List<Long> baru = tautan.stream().map(CascadingApi.Tautan::bawahIkuId).distinct()
                    .filter(id -> !ikuPerId.containsKey(id)).toList();
            tingkat = baru.isEmpty() ? List.of() : bacaIku.apply(baru);
            tingkat.forEach(i -> ikuPerId.put(i.id(), i));
        }
        ikuPerId.values().forEach(i -> akarDimuat.add(i.akarId()));
        this.nilai = bacaNilai.apply(List.copyOf(akarDimuat));
    }

    @Override
    public List<CascadingApi.Tautan> bawah(List<Long> garis) {
        if (!garisDimuat.containsAll(garis)) {
            return langsung.bawah(garis);
        }
        return garis.stream().flatMap(g -> tautanPerAtas.getOrDefault(g, List.of()).stream()).distinct()
                .sorted(Comparator.comparingLong(Urut::urutan)).map(Urut::tautan).toList();
    }

    @Override
    public Optional<PkBerlaku> pk(UnitInfo unit, int tahun, int triwulan) {
        return langsung.pk(unit, tahun, triwulan);
    }

    @Override
    public Set<Integer> terkunci(Long unitId, Long tahunAnggaranId) {
        return terkunci.computeIfAbsent(unitId + ":" + tahunAnggaranId,
                k -> langsung.terkunci(unitId, tahunAnggaranId));
    }
}
