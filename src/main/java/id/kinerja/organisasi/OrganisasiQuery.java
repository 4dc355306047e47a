package id.kinerja.organisasi;

import id.kinerja.akses.AksesService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only answers about units and reporting periods for other modules (records, never
 * entities). No access check here: callers check reach with AksesService before showing anything.
 */
@Service
public class OrganisasiQuery {

    private final UnitRepository units;
    private final TahunAnggaranRepository tahun;
    private final PeriodeRepository periode;
    private final UnitLevelRepository level;

    OrganisasiQuery(UnitRepository units, TahunAnggaranRepository tahun, PeriodeRepository periode,
            UnitLevelRepository level) {
        this.units = units;
        this.tahun = tahun;
        this.periode = periode;
        this.level = level;
    }

    /** A level of the tree as the organisations name it. */
    public record LevelInfo(String kode, String nama, int kedalaman) {
    }

    /**
     * The levels of every organisation using a rulebook, top first, one per code (the first
     * organisation's name wins when two name a code differently).
     */
    @Transactional(readOnly = true)
    public List<LevelInfo> levelDenganRulebook(String kodeRulebook) {
        java.util.Map<String, LevelInfo> out = new java.util.LinkedHashMap<>();
        level.findByRulebook(kodeRulebook).forEach(l -> out.putIfAbsent(l.getKode(),
                new LevelInfo(l.getKode(), l.getNama(), l.getKedalaman())));
        return List.copyOf(out.values());
    }

    public record UnitInfo(Long id, String kode, String nama, String path, Long indukId, Long organisasiId,
            String organisasi, String rulebookKey, String levelKode, String levelNama, int kedalaman,
            boolean pemilikPeta, boolean aktif) {
    }

    public record PeriodeInfo(Long tahunAnggaranId, JenisPeriode jenis, int nomor, String kode, LocalDate mulai,
            LocalDate selesai, LocalDate batasLapor) {
    }

    /**
     * Units within a reach, for another module's SQL on its own tables ({@code unit_id = any(?)}):
     * every unit ({@code semua}, less {@code kecuali}) or exactly the listed ids.
     */
    public record Jangkauan(boolean semua, List<Long> id, List<Long> kecuali) {

        /** The condition on a unit id column; {@link #args()} gives its parameters in order. */
        public String sql(String kolom) {
            if (semua) {
                return kecuali.isEmpty() ? "true" : "not (" + kolom + " = any(?))";
            }
            return id.isEmpty() ? "false" : kolom + " = any(?)";
        }

        public List<Object> args() {
            if (semua) {
                // one parameter, the array (List.of(array) would spread it)
                return kecuali.isEmpty() ? List.of() : List.of((Object) kecuali.toArray(Long[]::new));
            }
            return id.isEmpty() ? List.of() : List.of((Object) id.toArray(Long[]::new));
        }

        public boolean kosong() {
            return !semua && id.isEmpty();
        }
    }

    /** The units a reach covers: a subtree role its whole subtree, another role its own unit. */
    @Transactional(readOnly = true)
    public Jangkauan dalam(AksesService.Cakupan cakupan) {
        if (cakupan.semua()) {
            return new Jangkauan(true, List.of(), List.of());
        }
        List<Long> id = new ArrayList<>();
        for (AksesService.Penugasan p : cakupan.penugasan()) {
            id.addAll(p.peran().mencakupSubtree() ? units.findIdSubtree(p.unitPath())
                    : units.findIdDenganPath(p.unitPath()));
        }
        return new Jangkauan(false, id.stream().distinct().toList(), List.of());
    }

    /** The units whose parent lies within a reach (root units never). */
    @Transactional(readOnly = true)
    public Jangkauan anakDalam(AksesService.Cakupan cakupan) {
        if (cakupan.semua()) {
            return new Jangkauan(true, List.of(), units.findIdAkar());
        }
        List<Long> id = new ArrayList<>();
        for (AksesService.Penugasan p : cakupan.penugasan()) {
            id.addAll(p.peran().mencakupSubtree() ? units.findIdBawah(p.unitPath()) : units.findIdAnak(p.unitPath()));
        }
        return new Jangkauan(false, id.stream().distinct().toList(), List.of());
    }

    /** Ids of every organisation's root unit. */
    @Transactional(readOnly = true)
    public List<Long> idAkar() {
        return units.findIdAkar();
    }

    @Transactional(readOnly = true)
    public Optional<UnitInfo> unit(Long id) {
        return units.findAllWithLevel(List.of(id)).stream().findFirst().map(OrganisasiQuery::info);
    }

    /** The unit's kind (a position held by one person, a work unit, a mission). */
    @Transactional(readOnly = true)
    public Optional<JenisUnit> jenis(Long id) {
        return units.findById(id).map(Unit::getJenis);
    }

    @Transactional(readOnly = true)
    public List<UnitInfo> units(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : units.findAllWithLevel(ids).stream().map(OrganisasiQuery::info).toList();
    }

    /** Units by path, in tree order. */
    @Transactional(readOnly = true)
    public List<UnitInfo> unitsDenganPath(Collection<String> paths) {
        return paths.isEmpty() ? List.of() : units.findAllByPathIn(paths).stream().map(OrganisasiQuery::info).toList();
    }

    /** Unit codes are unique within an organisation: every organisation's unit with that code. */
    @Transactional(readOnly = true)
    public List<UnitInfo> unitDenganKode(String kode) {
        return units.findByKode(kode).stream().map(OrganisasiQuery::info).toList();
    }

    /** Paths of the root units of every organisation that uses this rulebook. */
    @Transactional(readOnly = true)
    public List<String> pathAkarDenganRulebook(String kodeRulebook) {
        return units.findPathAkarDenganRulebook(kodeRulebook);
    }

    /**
     * The unit itself, for another module's association to it (e.g. a role held on the unit): read
     * only; changes to units go through UnitService.
     */
    @Transactional(readOnly = true)
    public Unit unitUntukRelasi(Long id) {
        return units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
    }

    /** Ids of a subtree's units (the unit included). */
    @Transactional(readOnly = true)
    public List<Long> idSubtree(String path) {
        return units.findIdSubtree(path);
    }

    @Transactional(readOnly = true)
    public Optional<UnitInfo> unitDenganPath(String path) {
        return units.findByPath(path).map(OrganisasiQuery::info);
    }

    /** The root unit of every organisation. */
    @Transactional(readOnly = true)
    public List<UnitInfo> akar() {
        return units.findByIndukIsNullOrderByPath().stream().map(OrganisasiQuery::info).toList();
    }

    /** A subtree (the unit included) in tree order. */
    @Transactional(readOnly = true)
    public List<UnitInfo> subtree(String path) {
        return units.findSubtree(path).stream().map(OrganisasiQuery::info).toList();
    }

    /** The fiscal year's periods (months, quarters, semesters, the year); empty when not opened. */
    @Transactional(readOnly = true)
    public List<PeriodeInfo> periode(Long organisasiId, int th) {
        return tahun.findByOrganisasiIdAndTahun(organisasiId, th)
                .map(ta -> periode.findByTahunAnggaranIdOrderByJenisAscNomorAsc(ta.getId()).stream()
                        .map(p -> new PeriodeInfo(ta.getId(), p.getJenis(), p.getNomor(), p.getKode(), p.getMulai(),
                                p.getSelesai(), p.getBatasLapor()))
                        .toList())
                .orElse(List.of());
    }

    /** The ids of every organisation's fiscal year {@code th} (for reads across organisations). */
    @Transactional(readOnly = true)
    public List<Long> idTahunAnggaran(int th) {
        return tahun.findIdByTahun(th);
    }

    /** The fiscal year's id of an organisation, if that year is opened. */
    @Transactional(readOnly = true)
    public Optional<Long> tahunAnggaranId(Long organisasiId, int th) {
        return tahun.findByOrganisasiIdAndTahun(organisasiId, th).map(TahunAnggaran::getId);
    }

    /** Where the organisation signs its documents (its city). */
    @Transactional(readOnly = true)
    public Optional<String> kota(Long organisasiId) {
        return units.findKotaOrganisasi(organisasiId);
    }

    /** The year of a fiscal year, by its id. */
    @Transactional(readOnly = true)
    public Optional<Integer> tahun(Long tahunAnggaranId) {
        return tahun.findById(tahunAnggaranId).map(TahunAnggaran::getTahun);
    }

    private static UnitInfo info(Unit u) {
        return new UnitInfo(u.getId(), u.getKode(), u.getNama(), u.getPath(),
                u.getInduk() == null ? null : u.getInduk().getId(), u.getOrganisasi().getId(),
                u.getOrganisasi().getNama(), u.getOrganisasi().getRulebookKey(), u.getLevel().getKode(),
                u.getLevel().getNama(), u.getLevel().getKedalaman(), u.isPemilikPeta(), u.isAktif());
    }
}
