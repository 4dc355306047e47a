package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.platform.galat.BusinessRuleException;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PK's workflow as use cases: submit, withdraw, return, approve. The aggregate checks each
 * step's preconditions and records it (history + domain events → audit, cascading); this service
 * adds what lies outside it: access, the version the form carried, segregation of duties, and
 * superseding the version an approval replaces.
 */
@Service
public class AlurPkService {

    private final PemuatPk pemuat;
    private final PemeriksaPk pemeriksa;
    private final PerjanjianKinerjaRepository pks;
    private final IkuRepository ikus;
    private final AksesService akses;
    private final PemisahanTugas pemisahan;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AlurPkService(PemuatPk pemuat, PemeriksaPk pemeriksa, PerjanjianKinerjaRepository pks, IkuRepository ikus,
            AksesService akses, PemisahanTugas pemisahan, JdbcTemplate jdbc, Clock clock) {
        this.pemuat = pemuat;
        this.pemeriksa = pemeriksa;
        this.pks = pks;
        this.ikus = ikus;
        this.akses = akses;
        this.pemisahan = pemisahan;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void ajukan(Long pkId, long version) {
        PerjanjianKinerja pk = pemuat.muatUntukDiubah(pkId, version);
        pk.ajukan(clock.instant(), pelaku(), pemeriksa.masalah(pk, ikus.findByPkId(pkId)).size());
        pemisahan.catat(PerencanaanService.DOKUMEN_PK, pk.getId(), PemisahanTugas.Peran.AJUKAN);
        pks.saveAndFlush(pk);
    }

    /** The planner withdraws a submitted version back to draft, before anyone decided on it. */
    @Transactional
    public void tarik(Long pkId, long version) {
        PerjanjianKinerja pk = pemuat.muat(pkId);
        akses.periksa(Aksi.SUSUN, pk.getUnit().getId());
        jdbc.queryForList("select id from perjanjian_kinerja where id = ? for update", Long.class, pkId);
        if (pk.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        pk.tarik(clock.instant(), pelaku());
        pks.saveAndFlush(pk);
    }

    @Transactional
    public void tetapkan(Long pkId, long version) {
        PerjanjianKinerja pk = pemuat.muatUntukKeputusan(pkId, version);
        // whoever drafted or submitted this version never approves it
        pemisahan.periksaBolehMemutuskan(PerencanaanService.DOKUMEN_PK, pk.getId());
        pk.tetapkan(clock.instant(), pelaku());
        pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(pk.getUnit().getId(), pk.getTahunAnggaran().getId())
                .stream().filter(v -> v.getNomorVersi() < pk.getNomorVersi() && v.getStatus() == StatusPk.DITETAPKAN)
                .forEach(PerjanjianKinerja::digantikan);
        // publishes PkDitetapkan (cascading follows the version) and the audited step
        pks.saveAndFlush(pk);
    }

    @Transactional
    public void kembalikan(Long pkId, long version, String catatan) {
        if (catatan == null || catatan.isBlank()) {
            throw new BusinessRuleException("catatan", "pk.kembalikan.catatanWajib");
        }
        PerjanjianKinerja pk = pemuat.muatUntukKeputusan(pkId, version);
        pk.kembalikan(clock.instant(), pelaku(), catatan);
        pks.saveAndFlush(pk);
    }

    private static Pelaku pelaku() {
        KinerjaUser u = AksesService.penggunaSaatIni();
        return new Pelaku(u.getUsername(), u.getNama());
    }
}
