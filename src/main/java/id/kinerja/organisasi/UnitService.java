package id.kinerja.organisasi;

import id.kinerja.platform.waktu.Waktu;
import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.platform.galat.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree: read within the user's reach; changed by unit managers (PKO). */
@Service
public class UnitService {

    private final UnitRepository units;
    private final UnitLevelRepository levels;
    private final AksesService akses;
    private final Clock clock;

    UnitService(UnitRepository units, UnitLevelRepository levels, AksesService akses, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.levels = levels;
        this.akses = akses;
    }

    /** Every unit the current user may see, in tree order (roots of their reach first). */
    @Transactional(readOnly = true)
    public List<UnitView> terlihat() {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.LIHAT);
        List<Unit> all;
        if (cakupan.semua()) {
            all = units.findSubtree("/");
        } else {
            all = cakupan.penugasan().stream()
                    .flatMap(p -> units.findJangkauan(p.unitPath(), p.peran().mencakupSubtree()).stream())
                    .distinct().toList();
        }
        return all.stream().sorted(Comparator.comparing(Unit::getPath)).map(UnitView::from).toList();
    }

    @Transactional(readOnly = true)
    public UnitDetail detail(Long id) {
        akses.periksa(Aksi.LIHAT, id);
        Unit unit = units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
        List<Long> ids = Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .toList();
        List<Unit> leluhur = units.findAllWithLevel(ids);
        List<UnitView> jejak = leluhur.stream().map(UnitView::from).toList();
        List<Unit> bawah = units.findByIndukIdOrderByUrutanAscNamaAsc(id);
        List<UnitView> anak = bawah.stream().map(UnitView::from).toList();
        AksesService.Cakupan lihat = akses.cakupan(Aksi.LIHAT);
        Set<Long> terbuka = Stream.concat(leluhur.stream(), bawah.stream())
                .filter(u -> lihat.mencakup(u.getPath())).map(Unit::getId).collect(Collectors.toSet());
        return new UnitDetail(UnitView.from(unit), jejak, anak, akses.boleh(Aksi.KELOLA_ORGANISASI, id), terbuka);
    }

    @Transactional(readOnly = true)
    public UnitView lihat(Long id) {
        akses.periksa(Aksi.LIHAT, id);
        return UnitView.from(units.findById(id).orElseThrow(() -> new UnitNotFoundException(id)));
    }

    /** Units the current user may place a new unit under (or move one to). */
    @Transactional(readOnly = true)
    public List<UnitView> indukPilihan() {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        return units.findSubtree("/").stream().filter(u -> u.isAktif() && cakupan.mencakup(u.getPath()))
                .map(UnitView::from).toList();
    }

    /** What the edit form needs: the unit and where it may be moved to. */
    public record FormUnit(UnitView unit, List<UnitView> indukPilihan) {
    }

    @Transactional(readOnly = true)
    public FormUnit formUbah(Long id) {
        akses.periksa(Aksi.KELOLA_ORGANISASI, id);
        Unit unit = units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
        List<UnitView> pilihan = indukPilihan().stream()
                .filter(u -> !u.id().equals(id) && u.organisasiId().equals(unit.getOrganisasi().getId()))
                .toList();
        return new FormUnit(UnitView.from(unit), pilihan);
    }

    /** A subtree in tree order, for the printable unit list. */
    @Transactional(readOnly = true)
    public List<UnitView> subtree(Long id) {
        akses.periksa(Aksi.LIHAT, id);
        Unit unit = units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
        return units.findSubtree(unit.getPath()).stream().map(UnitView::from).toList();
    }

    @Transactional
    public UnitView buat(UnitParameters p) {
        if (p.indukId() == null) {
            throw new BusinessRuleException("indukId", "unit.induk.wajib");
        }
        akses.periksa(Aksi.KELOLA_ORGANISASI, p.indukId());
        Unit induk = units.findById(p.indukId()).orElseThrow(() -> new UnitNotFoundException(p.indukId()));
        if (!induk.isAktif()) {
            throw new BusinessRuleException("indukId", "unit.induk.ditutup");
        }
        if (units.existsByOrganisasiIdAndKode(induk.getOrganisasi().getId(), p.kode())) {
            throw new BusinessRuleException("kode", "unit.kode.duplikat", p.kode());
        }
        UnitLevel level = levelDiBawah(induk);
        Unit unit = new Unit(induk.getOrganisasi(), induk, level, p.kode(), p.nama(), p.jenis(), p.pemilikPeta(),
                p.jabatanKepala(), p.urutan());
        units.saveAndFlush(unit);
        unit.tetapkanPath();
        return UnitView.from(unit);
    }

    @Transactional
    public UnitView ubah(Long id, long version, UnitParameters p) {
        akses.periksa(Aksi.KELOLA_ORGANISASI, id);
        Unit unit = muatVersi(id, version);
        if (!unit.getKode().equals(p.kode())
                && units.existsByOrganisasiIdAndKode(unit.getOrganisasi().getId(), p.kode())) {
            throw new BusinessRuleException("kode", "unit.kode.duplikat", p.kode());
        }
        unit.ubah(p.kode(), p.nama(), p.jenis(), p.pemilikPeta(), p.jabatanKepala(), p.urutan());
        if (p.indukId() != null && (unit.getInduk() == null || !p.indukId().equals(unit.getInduk().getId()))) {
            pindah(unit, p.indukId());
        }
        units.flush();
        return UnitView.from(unit);
    }

    private void pindah(Unit unit, Long indukBaruId) {
        if (unit.getInduk() == null) {
            throw new BusinessRuleException("indukId", "unit.pindah.akar");
        }
        // moving needs rights on both ends: the form field could name any unit
        akses.periksa(Aksi.KELOLA_ORGANISASI, indukBaruId);
        Unit indukBaru = units.findById(indukBaruId).orElseThrow(() -> new UnitNotFoundException(indukBaruId));
        if (!indukBaru.getOrganisasi().getId().equals(unit.getOrganisasi().getId())) {
            throw new BusinessRuleException("indukId", "unit.pindah.organisasiLain");
        }
        if (indukBaru.isDalamSubtreeDari(unit)) {
            throw new BusinessRuleException("indukId", "unit.pindah.keTurunan");
        }
        if (!indukBaru.isAktif()) {
            throw new BusinessRuleException("indukId", "unit.induk.ditutup");
        }
        String oldPath = unit.getPath();
        int oldDepth = unit.getLevel().getKedalaman();
        UnitLevel levelBaru = levelDiBawah(indukBaru);
        int shift = levelBaru.getKedalaman() - oldDepth;
        int deepest = units.findSubtree(oldPath).stream().mapToInt(u -> u.getLevel().getKedalaman()).max()
                .orElse(oldDepth);
        if (shift > 0 && levels.findByOrganisasiIdAndKedalaman(unit.getOrganisasi().getId(), deepest + shift)
                .isEmpty()) {
            throw new BusinessRuleException("indukId", "unit.pindah.terlaluDalam");
        }
        List<Unit> subtree = units.findSubtree(oldPath);
        unit.pindah(indukBaru, levelBaru);
        // each descendant moves as an entity (not one bulk UPDATE), so each gets its audit row
        for (Unit turunan : subtree) {
            if (turunan.getId().equals(unit.getId())) {
                continue;
            }
            int kedalaman = turunan.getLevel().getKedalaman() + shift;
            UnitLevel level = levels.findByOrganisasiIdAndKedalaman(unit.getOrganisasi().getId(), kedalaman)
                    .orElseThrow(() -> new BusinessRuleException("indukId", "unit.pindah.terlaluDalam"));
            turunan.geser(unit.getPath() + turunan.getPath().substring(oldPath.length()), level);
        }
        units.flush();
    }

    @Transactional
    public UnitView tutup(Long id, long version, LocalDate tanggal) {
        akses.periksa(Aksi.KELOLA_ORGANISASI, id);
        Unit unit = muatVersi(id, version);
        if (unit.getInduk() == null) {
            throw new BusinessRuleException("tanggal", "unit.tutup.akar");
        }
        if (units.existsByIndukIdAndAktifTrue(id)) {
            throw new BusinessRuleException("tanggal", "unit.tutup.masihAdaAnak");
        }
        unit.tutup(tanggal == null ? Waktu.hariIni(clock) : tanggal);
        units.flush();
        return UnitView.from(unit);
    }

    @Transactional
    public UnitView buka(Long id, long version) {
        akses.periksa(Aksi.KELOLA_ORGANISASI, id);
        Unit unit = muatVersi(id, version);
        if (unit.getInduk() != null && !unit.getInduk().isAktif()) {
            throw new BusinessRuleException("tanggal", "unit.induk.ditutup");
        }
        unit.buka();
        units.flush();
        return UnitView.from(unit);
    }

    private Unit muatVersi(Long id, long version) {
        Unit unit = units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
        if (unit.getVersion() != version) {
            // someone saved in between: refuse rather than overwrite their change
            throw new ObjectOptimisticLockingFailureException(Unit.class, id);
        }
        return unit;
    }

    private UnitLevel levelDiBawah(Unit induk) {
        int kedalaman = induk.getLevel().getKedalaman() + 1;
        return levels.findByOrganisasiIdAndKedalaman(induk.getOrganisasi().getId(), kedalaman)
                .orElseThrow(() -> new BusinessRuleException("indukId", "unit.level.tidakAda"));
    }
}
