package id.kinerja.validasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.audit.AuditService;
import id.kinerja.bukti.BuktiService;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.ForumUji;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.StatusLaporan;
import id.kinerja.realisasi.StatusSkor;
import id.kinerja.realisasi.StatusValidasi;
import id.kinerja.realisasi.ValidasiRealisasiApi;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The forum's rules on real data: verdicts, returns and corrections, segregation, the lock, re-opening. */
@IntegrationTest
class ValidasiServiceTest {

    static final int T = ForumUji.TAHUN;

    @Autowired
    ValidasiService validasi;
    @Autowired
    ValidasiRealisasiApi api;
    @Autowired
    RealisasiService realisasi;
    @Autowired
    SkorService skor;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    PerencanaanService perencanaan;
    @Autowired
    PenggunaService pengguna;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RulebookService rulebook;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private ForumUji.Unit unit() {
        return ForumUji.siapkan(users, organisasi, perencanaan, pengguna, realisasi, "KEMENLU_BSC");
    }

    private ValidasiService.Forum forum(ForumUji.Unit u, int tw) {
        return validasi.forum(u.unitId(), T, tw);
    }

    private ValidasiService.NilaiView nilai(ForumUji.Unit u, int tw, String kode) {
        return forum(u, tw).nilai().stream().filter(n -> n.nilai().ikuKode().equals(kode)).findFirst().orElseThrow();
    }

    private void putuskan(ForumUji.Unit u, int tw, String kode, StatusValidasi s, String catatan) {
        var n = nilai(u, tw, kode).nilai();
        validasi.nilai(u.unitId(), T, tw, n.realisasiId(), s, catatan, n.version());
    }

    @Test
    void tidakValidNeedsANoteReturnsTheValueAndTheCorrectionComesBack() {
        ForumUji.Unit u = unit();
        ForumUji.masuk(users, u.validator());
        String a = u.kode().get(0);
        String b = u.kode().get(1);
        assertThatThrownBy(() -> putuskan(u, 1, a, StatusValidasi.TIDAK_VALID, "  "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validasi.catatan.wajib"));
        assertThatThrownBy(() -> putuskan(u, 1, a, StatusValidasi.VALID, "x".repeat(1001)))
                .isInstanceOf(BusinessRuleException.class);
        putuskan(u, 1, a, StatusValidasi.TIDAK_VALID, "Tidak sesuai notulen");
        putuskan(u, 1, b, StatusValidasi.VALID, null);
        assertThat(nilai(u, 1, a).nilai().status()).isEqualTo(StatusValidasi.TIDAK_VALID);
        assertThat(api.jumlahDikembalikan(new AksesService.Cakupan(true, List.of()))).isPositive();
        // the quarter is submitted: the planner may change the returned value, not the valid one
        ForumUji.masuk(users, u.perencana());
        assertThatThrownBy(() -> realisasi.simpan(u.unitId(), T, b, "TW1",
                new RealisasiService.Masukan("8", null, null, null, false, null), null))
                .isInstanceOf(KonflikRealisasiException.class);
        realisasi.simpanSemua(u.unitId(), T, 1, List.of(new RealisasiService.Baris(
                nilai(u, 1, a).nilai().ikuId(), "TW1", nilai(u, 1, a).nilai().version(),
                new RealisasiService.Masukan("11", null, null, null, false, null))));
        ForumUji.masuk(users, u.validator());
        ValidasiService.NilaiView kembali = nilai(u, 1, a);
        assertThat(kembali.nilai().status()).isNull();
        assertThat(kembali.nilai().teks()).isEqualTo("11");
        // the tidak valid verdict stays in the history, void now
        assertThat(kembali.riwayat()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(StatusValidasi.TIDAK_VALID);
            assertThat(r.nilaiDinilai()).isEqualTo("12");
            assertThat(r.berlaku()).isFalse();
        });
        putuskan(u, 1, a, StatusValidasi.VALID, "Sesuai");
        assertThat(forum(u, 1).jumlahValid()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where aksi = 'VALIDASI' and unit_id = ?",
                Long.class, u.unitId())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void whoEnteredSubmittedOrApprovedNeverValidatesAndAStaleVerdictIsAConflict() {
        ForumUji.Unit u = unit();
        // the planner is also made validator of the unit: still refused on what they entered
        jdbc.update("insert into penugasan (pengguna_id, unit_id, peran) select id, ?, 'VALIDATOR' from pengguna "
                + "where username = ?", u.unitId(), u.perencana());
        ForumUji.masuk(users, u.perencana());
        assertThatThrownBy(() -> putuskan(u, 1, u.kode().get(0), StatusValidasi.VALID, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("tugas.terpisah"));
        assertThat(nilai(u, 1, u.kode().get(0)).bolehDinilai()).isFalse();
        ForumUji.masuk(users, u.validator());
        var n = nilai(u, 1, u.kode().get(0)).nilai();
        validasi.nilai(u.unitId(), T, 1, n.realisasiId(), StatusValidasi.VALID, null, n.version());
        assertThatThrownBy(() -> validasi.nilai(u.unitId(), T, 1, n.realisasiId(), StatusValidasi.TIDAK_VALID, "x",
                n.version())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // a value named under another quarter or unit is unknown
        assertThatThrownBy(() -> validasi.nilai(u.unitId(), T, 2, n.realisasiId(), StatusValidasi.VALID, null, 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aValidatorOfAnotherUnitIsRefused() {
        ForumUji.Unit a = unit();
        ForumUji.Unit b = unit();
        ForumUji.masuk(users, b.validator());
        var n = nilai(b, 1, b.kode().get(0)).nilai();
        ForumUji.masuk(users, a.validator());
        assertThatThrownBy(() -> validasi.nilai(b.unitId(), T, 1, n.realisasiId(), StatusValidasi.VALID, null,
                n.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> validasi.kunci(b.unitId(), T, 1, "Jakarta")).isInstanceOf(AccessDeniedException.class);
        // a's id with b's value: not found in a's quarter
        assertThatThrownBy(() -> validasi.nilai(a.unitId(), T, 1, n.realisasiId(), StatusValidasi.VALID, null,
                n.version())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void lockNeedsEveryValueValidThenScoresFinalWritesBeritaAcaraAndPkoReopensKeepingTheHistory() {
        ForumUji.Unit u = unit();
        ForumUji.masuk(users, u.validator());
        putuskan(u, 1, u.kode().get(0), StatusValidasi.VALID, null);
        assertThatThrownBy(() -> validasi.kunci(u.unitId(), T, 1, "Jakarta"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.semuaPelanggaran())
                        .extracting(BusinessRuleException::getMessageKey).containsExactly("validasi.kunci.belumValid"));
        putuskan(u, 1, u.kode().get(1), StatusValidasi.VALID, null);
        assertThatThrownBy(() -> validasi.kunci(u.unitId(), T, 1, " "))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(api.jumlahSiapDikunci(new AksesService.Cakupan(true, List.of()))).isPositive();
        assertThat(skor.sampaiDengan(u.unitId(), T, 1).status()).isEqualTo(StatusSkor.SEMENTARA);
        validasi.kunci(u.unitId(), T, 1, "Jakarta");
        SkorService.HasilSkor hasil = skor.sampaiDengan(u.unitId(), T, 1);
        assertThat(hasil.status()).isEqualTo(StatusSkor.FINAL);
        ValidasiService.BeritaAcaraView ba = validasi.beritaAcara(u.unitId(), T, 1);
        assertThat(ba.nomor()).isEqualTo("BA-VAL/" + u.unitKode() + "/" + T + "/TW1/01");
        assertThat(ba.skorTampil()).isEqualByComparingTo(hasil.scoreRounded());
        assertThat(ba.iku()).extracting(ValidasiService.BarisBa::kode).containsAll(u.kode().subList(0, 2));
        assertThat(ba.validator()).extracting(ValidasiService.TtdBa::nama).containsExactly("Validator "
                + u.unitKode().toLowerCase());
        assertThat(ba.wakilUnit().jabatan()).startsWith("Pimpinan ");
        // nothing of the period changes any more
        ForumUji.masuk(users, u.perencana());
        assertThatThrownBy(() -> realisasi.simpan(u.unitId(), T, u.kode().get(0), "TW1",
                new RealisasiService.Masukan("1", null, null, null, false, null), null))
                .isInstanceOfSatisfying(KonflikRealisasiException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("realisasi.konflik.terkunci"));
        ForumUji.masuk(users, u.validator());
        var n = nilai(u, 1, u.kode().get(0)).nilai();
        assertThatThrownBy(() -> validasi.nilai(u.unitId(), T, 1, n.realisasiId(), StatusValidasi.TIDAK_VALID, "x",
                n.version())).isInstanceOf(KonflikRealisasiException.class);
        // only the central PKO re-opens, with a reason
        assertThatThrownBy(() -> validasi.buka(u.unitId(), T, 1, "salah ketik"))
                .isInstanceOf(AccessDeniedException.class);
        ForumUji.masuk(users, "admin");
        assertThatThrownBy(() -> validasi.buka(u.unitId(), T, 1, " ")).isInstanceOf(BusinessRuleException.class);
        validasi.buka(u.unitId(), T, 1, "Bukti dukung S1.1 ternyata milik triwulan lain");
        assertThat(skor.sampaiDengan(u.unitId(), T, 1).status()).isEqualTo(StatusSkor.SEMENTARA);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where aksi = 'BUKA_KEMBALI' and unit_id = ?",
                Long.class, u.unitId())).isEqualTo(1);
        // the validator changes a verdict, the unit corrects, and the period locks again with a new number
        ForumUji.masuk(users, u.validator());
        putuskan(u, 1, u.kode().get(0), StatusValidasi.TIDAK_VALID, "Bukti tidak sesuai triwulan");
        ForumUji.masuk(users, u.perencana());
        realisasi.simpan(u.unitId(), T, u.kode().get(0), "TW1",
                new RealisasiService.Masukan("9", null, null, null, false, null), null);
        ForumUji.masuk(users, u.validator());
        putuskan(u, 1, u.kode().get(0), StatusValidasi.VALID, null);
        validasi.kunci(u.unitId(), T, 1, "Bandung");
        List<ValidasiService.BeritaAcaraView> riwayat = forum(u, 1).beritaAcara();
        assertThat(riwayat).extracting(ValidasiService.BeritaAcaraView::nomor).containsExactly(
                "BA-VAL/" + u.unitKode() + "/" + T + "/TW1/02", "BA-VAL/" + u.unitKode() + "/" + T + "/TW1/01");
        assertThat(riwayat.get(1).berlaku()).isFalse();
        assertThat(riwayat.get(1).alasanBuka()).contains("triwulan lain");
        assertThat(riwayat.get(1).skorTampil()).isEqualByComparingTo(hasil.scoreRounded());
        assertThat(riwayat.get(0).skorTampil()).isNotNull().isNotEqualByComparingTo(hasil.scoreRounded());
        assertThat(skor.sampaiDengan(u.unitId(), T, 1).status()).isEqualTo(StatusSkor.FINAL);
    }

    @Test
    void laterQuartersLockInOrderAndAnEarlierOneCannotReopenUnderALockedOne() {
        ForumUji.Unit u = unit();
        ForumUji.masuk(users, u.perencana());
        ForumUji.isi(realisasi, u.unitId(), u.kode(), 2, "30", "6");
        ForumUji.masuk(users, u.validator());
        for (int tw = 1; tw <= 2; tw++) {
            putuskan(u, tw, u.kode().get(0), StatusValidasi.VALID, null);
            putuskan(u, tw, u.kode().get(1), StatusValidasi.VALID, null);
        }
        assertThatThrownBy(() -> validasi.kunci(u.unitId(), T, 2, "Jakarta"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.semuaPelanggaran())
                        .extracting(BusinessRuleException::getMessageKey)
                        .containsExactly("validasi.kunci.sebelumnyaTerbuka"));
        validasi.kunci(u.unitId(), T, 1, "Jakarta");
        validasi.kunci(u.unitId(), T, 2, "Jakarta");
        ForumUji.masuk(users, "admin");
        assertThatThrownBy(() -> validasi.buka(u.unitId(), T, 1, "alasan"))
                .isInstanceOf(BusinessRuleException.class);
        // approval after submission does not matter to the forum; the report stays submitted
        assertThat(api.triwulan(u.unitId(), T, 2).orElseThrow().laporan().status()).isEqualTo(StatusLaporan.DIAJUKAN);
    }

    @Test
    void marvesDkoRuleIsARulebookSettingCheckedOnlyWhenTheDialogModuleAnswers() {
        assertThat(rulebook.setelan("MARVES", new RulebookVersi.Periode(2026, 3), ValidasiService.SETELAN_DKO)).isTrue();
        assertThat(rulebook.setelan("KEMENLU_BSC", new RulebookVersi.Periode(2026, 3), ValidasiService.SETELAN_DKO))
                .isFalse();
        ForumUji.Unit u = ForumUji.siapkan(users, organisasi, perencanaan, pengguna, realisasi, "MARVES");
        ValidasiService tanpaDko = denganDko(false);
        ForumUji.masuk(users, u.validator());
        putuskan(u, 1, u.kode().get(0), StatusValidasi.VALID, null);
        putuskan(u, 1, u.kode().get(1), StatusValidasi.VALID, null);
        assertThat(tanpaDko.forum(u.unitId(), T, 1).alasanBelumKunci()).containsExactly("validasi.kunci.dkoBelum");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> tanpaDko.kunci(u.unitId(), T, 1, "Jakarta")))
                .isInstanceOf(BusinessRuleException.class);
        tx.executeWithoutResult(s -> denganDko(true).kunci(u.unitId(), T, 1, "Jakarta"));
        assertThat(skor.sampaiDengan(u.unitId(), T, 1).status()).isEqualTo(StatusSkor.FINAL);
    }

    @Autowired
    VerdikValidasiRepository verdikRepo;
    @Autowired
    BeritaAcaraValidasiRepository baRepo;
    @Autowired
    AksesService akses;
    @Autowired
    PemisahanTugas pemisahan;
    @Autowired
    AuditService audit;
    @Autowired
    BuktiService bukti;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.context.MessageSource pesan;
    @Autowired
    TransactionTemplate tx;

    /** The service with a dialog module that answers as told (the real one is another module). */
    private ValidasiService denganDko(boolean tercatat) {
        var pabrik = new StaticListableBeanFactory(Map.of("dko", (PemeriksaDko) (unit, tahun, tw) -> tercatat,
                "bukti", bukti));
        return new ValidasiService(api, realisasi, skor, verdikRepo, baRepo, akses, pemisahan, audit, rulebook,
                pabrik.getBeanProvider(PemeriksaDko.class), pabrik.getBeanProvider(BuktiService.class), clock, pesan);
    }
}
