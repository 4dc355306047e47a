package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.TahunAnggaranRepository;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Rulebook;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How every planning use case takes hold of a PK: loaded with its unit, checked against the
 * user's reach, locked and version-checked for a change, status-checked for a decision; and who
 * may read or decide on a unit's PK. Shared by the drafting, revision and workflow services.
 */
@Component
class PemuatPk {

    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final UnitRepository units;
    private final TahunAnggaranRepository tahun;
    private final AksesService akses;
    private final RulebookService rulebooks;
    private final JdbcTemplate jdbc;
    private final PemisahanTugas pemisahan;
    @PersistenceContext
    private EntityManager em;

    PemuatPk(PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran, UnitRepository units,
            TahunAnggaranRepository tahun, AksesService akses, RulebookService rulebooks, JdbcTemplate jdbc,
            PemisahanTugas pemisahan) {
        this.pks = pks;
        this.sasaran = sasaran;
        this.units = units;
        this.tahun = tahun;
        this.akses = akses;
        this.rulebooks = rulebooks;
        this.jdbc = jdbc;
        this.pemisahan = pemisahan;
    }

    Rulebook rulebook(PerjanjianKinerja pk) {
        int th = pk.getTahunAnggaran().getTahun();
        return rulebooks.berlaku(pk.getUnit().getOrganisasi().getRulebookKey(),
                new RulebookVersi.Periode(th, pk.getBerlakuMulaiTriwulan()));
    }

    TahunAnggaran tahunAnggaran(Unit unit, int th) {
        return tahun.findByOrganisasiIdAndTahun(unit.getOrganisasi().getId(), th)
                .orElseThrow(() -> new NotFoundException("Tahun anggaran", th));
    }

    PerjanjianKinerja muat(Long pkId) {
        return pks.findLengkap(pkId).orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", pkId));
    }

    /**
     * Loads a PK to change it or anything inside it (SS, IKU, trajectory, activity, budget line,
     * map arrow). The caller's version must be the PK's current one (a stale form gets the 409),
     * and the PK's version goes up when the transaction commits, conditional on it being unchanged
     * meanwhile: of two concurrent changes inside one PK, even of two different IKU, only the first
     * to commit succeeds, so rules reading the whole PK (IKU count, konversi-120 quota) cannot both
     * pass on stale counts.
     */
    /**
     * For pages that show what a change would do (confirmation pages): the same access and status
     * checks as {@link #muatUntukDiubah}, without the lock and without bumping the version.
     */
    PerjanjianKinerja muatUntukPratinjauUbah(Long pkId) {
        PerjanjianKinerja pk = muat(pkId);
        akses.periksa(Aksi.SUSUN, pk.getUnit().getId());
        if (!pk.getStatus().dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        return pk;
    }

    PerjanjianKinerja muatUntukDiubah(Long pkId, long version) {
        PerjanjianKinerja pk = muat(pkId);
        akses.periksa(Aksi.SUSUN, pk.getUnit().getId());
        // edits of one PK renumber all its codes: they take turns (parallel "Tambah SS" → S6, S7)
        jdbc.queryForList("select id from perjanjian_kinerja where id = ? for update", Long.class, pkId);
        if (pk.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        if (!pk.getStatus().dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        em.lock(pk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        pemisahan.catat(PerencanaanService.DOKUMEN_PK, pk.getId(), PemisahanTugas.Peran.SUSUN);
        return pk;
    }

    PerjanjianKinerja muatUntukKeputusan(Long pkId, long version) {
        PerjanjianKinerja pk = muat(pkId);
        if (!bolehSetujui(pk.getUnit())) {
            throw new AccessDeniedException("Bukan atasan unit ini");
        }
        if (pk.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        if (pk.getStatus() != StatusPk.DIAJUKAN) {
            throw new BusinessRuleException("pk", "pk.belumDiajukan");
        }
        return pk;
    }

    /**
     * Who reads a unit's PK: anyone who sees the unit, its approver, and (read-only, to align) the
     * planners of the unit directly below it or directly above it.
     */
    boolean bolehBaca(Unit unit) {
        if (akses.boleh(Aksi.LIHAT, unit.getId()) || bolehSetujui(unit)) {
            return true;
        }
        if (unit.getInduk() != null && akses.boleh(Aksi.LIHAT, unit.getInduk().getId())) {
            return true;
        }
        return units.findByIndukIdOrderByUrutanAscNamaAsc(unit.getId()).stream()
                .anyMatch(anak -> akses.boleh(Aksi.LIHAT, anak.getId()));
    }

    /** The superior decides: approval rights on the parent unit, or the central PKO for the root. */
    boolean bolehSetujui(Unit unit) {
        return atasan().dari(unit);
    }

    /** Who decides on a unit's PK: approval rights on its parent, or the central PKO for a root. */
    record Atasan(AksesService.Cakupan setujui, AksesService.Cakupan pusat) {

        boolean dari(Unit unit) {
            return unit.getInduk() == null ? pusat.mencakup(unit.getPath())
                    : setujui.mencakup(unit.getInduk().getPath());
        }
    }

    Atasan atasan() {
        return new Atasan(akses.cakupan(Aksi.SETUJUI), akses.cakupan(Aksi.KELOLA_RULEBOOK));
    }

    SasaranStrategis sasaranMilik(PerjanjianKinerja pk, Long ssId) {
        return sasaran.findById(ssId).filter(s -> s.getPk().getId().equals(pk.getId()))
                .orElseThrow(() -> new NotFoundException("Sasaran Strategis", ssId));
    }

    /** The approval deadline of a PK: the rulebook's calendar for the unit's level. */
    LocalDate batasWaktu(PerjanjianKinerja pk) {
        return rulebook(pk).pkDeadline(pk.getUnit().getLevel().getKode(), pk.getTahunAnggaran().getTahun());
    }

    /** The last day a revision may be opened: rulebook data (Kemenlu 20 October); null = none. */
    LocalDate batasRevisi(PerjanjianKinerja pk) {
        return rulebook(pk).revisionCutoff(pk.getTahunAnggaran().getTahun());
    }

    /** The SS of the units above (for adopting an SS under a balanced-scorecard rulebook). */
    List<SasaranStrategis> ssLeluhur(PerjanjianKinerja pk) {
        List<Long> leluhur = Arrays.stream(pk.getUnit().getPath().split("/")).filter(x -> !x.isEmpty())
                .map(Long::valueOf).filter(x -> !x.equals(pk.getUnit().getId())).toList();
        return leluhur.isEmpty() ? List.of() : sasaran.findDiUnit(leluhur, pk.getTahunAnggaran().getId());
    }
}
