package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two planners edit the same PK: every change inside it (SS, IKU, trajectory, activity, deletes)
 * carries the PK's version and bumps it, so the second save with the version both opened gets the
 * 409 with its input kept, also when the two touch different IKU. Each test drafts the PK of a unit
 * it creates under Marves, so no test builds on another's rows.
 */
@IntegrationTest
class KonflikPkTest {

    private static final String PKO = "marves.pko";
    private static final String PESAN = "Seseorang baru saja mengubah PK ini";

    @Autowired
    MockMvc mvc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transaksi;

    @Autowired
    UnitService units;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor pko() {
        return user(users.loadUserByUsername(PKO));
    }

    private void sebagaiPko() {
        UserDetails u = users.loadUserByUsername(PKO);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private static IkuParameters iku(String nama, String target) {
        return IkuMother.iku(nama, target);
    }

    /** A draft PK of a new unit under Marves with one SS and two IKU; returns {pk, ss, iku1, iku2}. */
    private long[] pkDenganDuaIku(String unit) {
        long unitId = UnitUji.buat(users, units, jdbc, unit);
        sebagaiPko();
        long pk = perencanaan.buka(unitId, 2026).id();
        long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Tata kelola yang bersih", null,
                Perspective.STAKEHOLDER, 1);
        long iku1 = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, iku("Jumlah laporan audit", "40"));
        long iku2 = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, iku("Jumlah reviu", "20"));
        SecurityContextHolder.clearContext();
        return new long[] {pk, ss, iku1, iku2};
    }

    private String isi(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aChangeInsideThePkBumpsItsVersion() {
        long[] p = pkDenganDuaIku("KONFLIK-VERSI");
        long sebelum = perencanaan.versi(p[0]);
        sebagaiPko();
        perencanaan.simpanTrajektori(p[0], sebelum, p[2], List.of(d("10"), d("10"), d("10"), d("10")));
        assertThat(perencanaan.versi(p[0])).isGreaterThan(sebelum);
        // the old version is stale now, also for another IKU of the same PK
        assertThatThrownBy(() -> perencanaan.simpanTrajektori(p[0], sebelum, p[3],
                List.of(d("5"), d("5"), d("5"), d("5"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void secondSsSaveWithTheSameVersionGets409WithItsInputKept() throws Exception {
        long[] p = pkDenganDuaIku("KONFLIK-SS");
        long v = perencanaan.versi(p[0]);
        mvc.perform(post("/perencanaan/pk/{id}/ss", p[0]).with(pko()).with(csrf()).param("version", "" + v)
                        .param("nama", "Sasaran dari sesi A").param("perspektif", "STAKEHOLDER").param("posisi", "2"))
                .andExpect(status().is3xxRedirection());
        String html = isi(mvc.perform(post("/perencanaan/pk/{id}/ss", p[0]).with(pko()).with(csrf())
                        .param("version", "" + v).param("nama", "Sasaran dari sesi B")
                        .param("deskripsi", "Deskripsi sesi B").param("perspektif", "CUSTOMER").param("posisi", "3"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("versiPk", perencanaan.versi(p[0]))));
        assertThat(html).contains(PESAN).contains("value=\"Sasaran dari sesi B\"").contains("Deskripsi sesi B")
                .contains("name=\"version\" value=\"" + perencanaan.versi(p[0]) + "\"");
        assertThat(jumlahSs(p[0], "Sasaran dari sesi B")).isZero();
        // a form without a version never overwrites either
        mvc.perform(post("/perencanaan/pk/{id}/ss", p[0]).with(pko()).with(csrf())
                        .param("nama", "Sasaran tanpa versi").param("perspektif", "CUSTOMER").param("posisi", "3"))
                .andExpect(status().isConflict());
        assertThat(jumlahSs(p[0], "Sasaran tanpa versi")).isZero();
        // saving again from the returned form (current version) is a deliberate overwrite and works
        mvc.perform(post("/perencanaan/pk/{id}/ss", p[0]).with(pko()).with(csrf())
                        .param("version", "" + perencanaan.versi(p[0])).param("nama", "Sasaran dari sesi B")
                        .param("perspektif", "CUSTOMER").param("posisi", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(jumlahSs(p[0], "Sasaran dari sesi B")).isOne();
    }

    @Test
    void twoSessionsEditingDifferentIkuOfOnePkConflict() throws Exception {
        long[] p = pkDenganDuaIku("KONFLIK-IKU");
        long v = perencanaan.versi(p[0]);
        mvc.perform(ikuForm(p, p[2], v, "Jumlah laporan audit (sesi A)", "45"))
                .andExpect(status().is3xxRedirection());
        String html = isi(mvc.perform(ikuForm(p, p[3], v, "Jumlah reviu (sesi B)", "25"))
                .andExpect(status().isConflict()));
        assertThat(html).contains(PESAN).contains("value=\"Jumlah reviu (sesi B)\"").contains("value=\"25\"");
        assertThat(jdbc.queryForObject("select nama from iku where id = ?", String.class, p[3]))
                .isEqualTo("Jumlah reviu");
        // deleting with the stale version is refused too, and the IKU stays
        mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/hapus", p[0], p[3]).with(pko()).with(csrf())
                        .param("version", "" + v))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from iku where id = ?", Integer.class, p[3])).isOne();
    }

    private MockHttpServletRequestBuilder ikuForm(long[] p, long ikuId,
            long versi, String nama, String target) {
        return post("/perencanaan/pk/{id}/iku/{iku}", p[0], ikuId).with(pko()).with(csrf())
                .param("version", "" + versi).param("ssId", "" + p[1]).param("urutan", "1").param("nama", nama)
                .param("definisi", "d").param("formula", "f").param("satuan", "dokumen").param("kualitas", "OUTPUT")
                .param("jenisCascading", "N").param("konsolidasiPeriode", "SUM").param("polarisasi", "MAXIMIZE")
                .param("periodePelaporan", "TRIWULAN").param("target", target);
    }

    @Test
    void trajectoryAndActivityWithAStaleVersionGetThe409PageWithTheInputKept() throws Exception {
        long[] p = pkDenganDuaIku("KONFLIK-TRAJ");
        long v = perencanaan.versi(p[0]);
        mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/trajektori", p[0], p[2]).with(pko()).with(csrf())
                        .param("version", "" + v).param("jumlah", "4").param("t1", "10").param("t2", "10")
                        .param("t3", "10").param("t4", "10"))
                .andExpect(status().is3xxRedirection());
        String traj = isi(mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/trajektori", p[0], p[2]).with(pko())
                        .with(csrf()).param("version", "" + v).param("jumlah", "4").param("t1", "7")
                        .param("t2", "8").param("t3", "9").param("t4", "16"))
                .andExpect(status().isConflict()));
        long sekarang = perencanaan.versi(p[0]);
        assertThat(traj).contains(PESAN).contains("data-testid=\"isian-anda\"")
                .contains("name=\"t1\" value=\"7\"").contains("name=\"t4\" value=\"16\"")
                .contains("name=\"version\" value=\"" + sekarang + "\"");
        assertThat(jdbc.queryForList("select target from target_periode where iku_id = ? order by nomor",
                BigDecimal.class, p[2])).allSatisfy(t -> assertThat(t).isEqualByComparingTo("10"));

        String kegiatan = isi(mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/kegiatan", p[0]).with(pko())
                        .with(csrf()).param("version", "" + v).param("ikuId", "" + p[3]).param("triwulan", "2")
                        .param("nama", "Reviu laporan keuangan sesi B").param("anggaran", "1000"))
                .andExpect(status().isConflict()));
        assertThat(kegiatan).contains(PESAN).contains("value=\"Reviu laporan keuangan sesi B\"");
        assertThat(jdbc.queryForObject("select count(*) from kegiatan_renaksi where iku_id = ?", Integer.class,
                p[3])).isZero();
        // the same activity with the current version is saved
        mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/kegiatan", p[0]).with(pko()).with(csrf())
                        .param("version", "" + sekarang).param("ikuId", "" + p[3]).param("triwulan", "2")
                        .param("nama", "Reviu laporan keuangan sesi B").param("anggaran", "1000"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from kegiatan_renaksi where iku_id = ?", Integer.class,
                p[3])).isOne();
    }

    /**
     * Two IKU saves in overlapping transactions, each reading the PK at the same version and each
     * passing the whole-PK rules on what it sees: only the first to commit is kept.
     */
    @Test
    void overlappingTransactionsCannotBothCommit() throws Exception {
        long[] p = pkDenganDuaIku("KONFLIK-TX");
        long v = perencanaan.versi(p[0]);
        CountDownLatch aDisimpan = new CountDownLatch(1);
        CountDownLatch bMulai = new CountDownLatch(1);
        ExecutorService pelaksana = Executors.newSingleThreadExecutor();
        try {
            // A saves inside an open transaction, then commits once B has started on the same version
            Future<?> a = pelaksana.submit(() -> {
                sebagaiPko();
                try {
                    new TransactionTemplate(transaksi).executeWithoutResult(s -> {
                        perencanaan.simpanIku(p[0], v, p[1], null, iku("IKU dari transaksi A", "1"));
                        aDisimpan.countDown();
                        try {
                            bMulai.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            assertThat(aDisimpan.await(30, TimeUnit.SECONDS)).isTrue();
            sebagaiPko();
            bMulai.countDown();
            // B waits for A's row lock (or finds A committed) and is refused: the version moved
            assertThatThrownBy(() -> perencanaan.simpanIku(p[0], v, p[1], null, iku("IKU dari transaksi B", "1")))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            a.get(30, TimeUnit.SECONDS);
        } finally {
            bMulai.countDown();
            pelaksana.shutdownNow();
        }
        assertThat(jdbc.queryForList("""
                select i.nama from iku i join sasaran_strategis s on s.id = i.ss_id
                 where s.pk_id = ? and i.nama like 'IKU dari transaksi%'""", String.class, p[0]))
                .containsExactly("IKU dari transaksi A");
    }

    private int jumlahSs(long pk, String nama) {
        return jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ? and nama = ?",
                Integer.class, pk, nama);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
