package id.kinerja.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.cascading.KeselarasanService;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10's findings (1, 2, 5, 6, 7, 9 and the smaller ones of 10), each as the attack that worked. */
@IntegrationTest
class TemuanKeamananTest {

    private static final String SANDI = "kalimat-sandi-uji-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    @SuppressWarnings("rawtypes")
    FindByIndexNameSessionRepository sesi;

    @LocalServerPort
    int port;

    @Autowired
    JamUji jam;

    @AfterEach
    void bersih() {
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static RequestPostProcessor dari(String alamat) {
        return r -> {
            r.setRemoteAddr(alamat);
            return r;
        };
    }

    private long idPengguna(String username) {
        return jdbc.queryForObject("select id from pengguna where username = ?", Long.class, username);
    }

    /** A throw-away account with one role, created through the admin page (so the password policy applies). */
    private String akunBaru(String unit, String peran) throws Exception {
        String username = RencanaUji.unik("hostile").toLowerCase(Locale.ROOT);
        mvc.perform(post("/admin/pengguna").with(as("admin")).with(csrf()).param("username", username)
                        .param("nama", "Akun Uji").param("password", SANDI)
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, unit))).param("peran", peran))
                .andExpect(status().is3xxRedirection());
        // as if its owner had already replaced the admin's password (AkunPasswordTest tests that step)
        jdbc.update("update pengguna set wajib_ganti_password = false where username = ?", username);
        return username;
    }

    // ---------------------------------------------------------------- 1. account takeover

    @Test
    void aUnitManagerCannotResetOrDeactivateAnAccountThatAlsoHoldsARoleOutsideItsReach() throws Exception {
        long validator = idPengguna("kemenlu.validator");
        String hash = jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, validator);
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, validator);
        mvc.perform(post("/admin/pengguna/{id}/password", validator).with(as("kemenlu.pkounit")).with(csrf())
                .param("password", "kata-sandi-pengambil-alih")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/{id}", validator).with(as("kemenlu.pkounit")).with(csrf())
                        .param("username", "kemenlu.validator").param("nama", "Maya Anggraini").param("aktif", "false")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, validator))
                .isEqualTo(hash);
        assertThat(jdbc.queryForObject("select aktif from pengguna where id = ?", Boolean.class, validator)).isTrue();
    }

    @Test
    void aUnitManagerCannotResetASuperAdminWhoHoldsOneRoleInItsSubtree() throws Exception {
        String username = RencanaUji.unik("hostile.super").toLowerCase(Locale.ROOT);
        long id = jdbc.queryForObject("insert into pengguna (username, nama, password_hash, super_admin) "
                + "values (?, 'Super Uji', 'x', true) returning id", Long.class, username);
        jdbc.update("insert into penugasan (pengguna_id, unit_id, peran) values (?, ?, 'VALIDATOR')", id,
                DemoUnits.id(jdbc, "ROREN"));
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(as("kemenlu.pkounit")).with(csrf())
                .param("password", "kata-sandi-pengambil-alih")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id))
                .isEqualTo("x");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResetOrADeactivationEndsTheOpenSessionsOfThatAccountOnly() throws Exception {
        String username = akunBaru("ROREN", "PERENCANA");
        long id = idPengguna(username);
        Session miliknya = bukaSesi(username);
        Session lain = bukaSesi("kemenlu.perencana");
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(as("kemenlu.pkounit")).with(csrf())
                .param("password", "kalimat-sandi-baru-2026")).andExpect(status().is3xxRedirection());
        assertThat(sesi.findById(miliknya.getId())).isNull();
        assertThat(sesi.findById(lain.getId())).isNotNull();
        sesi.deleteById(lain.getId());

        Session lagi = bukaSesi(username);
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        mvc.perform(post("/admin/pengguna/{id}", id).with(as("kemenlu.pkounit")).with(csrf())
                        .param("username", username).param("nama", "Akun Uji").param("aktif", "false")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(sesi.findById(lagi.getId())).isNull();
    }

    @SuppressWarnings("unchecked")
    private Session bukaSesi(String principal) {
        Session s = (Session) sesi.createSession();
        s.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
        sesi.save(s);
        return s;
    }

    // ---------------------------------------------------------------- 2. a request that stalls the server

    @Test
    void theTrajectoryLengthIsCheckedAfterAccessAndBounded() throws Exception {
        Korban roren = Korban.dari(jdbc, "ROREN", "kemenlu.perencana");
        // no rights: refused before anything of the request is looked at
        mvc.perform(post("/perencanaan/pk/{pk}/iku/{iku}/trajektori", roren.pkId(), roren.ikuId())
                .with(as("marves.perencana")).with(csrf()).param("jumlah", "2147483647"))
                .andExpect(status().isForbidden());
        // rights: a trajectory has at most 12 periods
        mvc.perform(post("/perencanaan/pk/{pk}/iku/{iku}/trajektori", roren.pkId(), roren.ikuId())
                .with(as("kemenlu.perencana")).with(csrf()).param("jumlah", "2147483647"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("12")));
    }

    // ---------------------------------------------------------------- 5. segregation of duties

    @Test
    void whoeverDraftedOrSubmittedAPkNeverApprovesIt() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        RencanaUji.sebagai(users, "marves.pkounit");
        perencanaan.ajukan(r.pkId(), perencanaan.pkById(r.pkId()).version());
        PerencanaanService.PkView pk = perencanaan.pkById(r.pkId());
        assertThat(pk.bolehSetujui()).isFalse();
        assertThatThrownBy(() -> perencanaan.tetapkan(r.pkId(), pk.version()))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "tugas.terpisah");
        SecurityContextHolder.clearContext();
        mvc.perform(post("/perencanaan/pk/{pk}/tetapkan", r.pkId()).with(as("marves.pkounit")).with(csrf())
                        .param("version", String.valueOf(pk.version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("pemisahan tugas")));
        assertThat(jdbc.queryForObject("select status from perjanjian_kinerja where id = ?", String.class, r.pkId()))
                .isEqualTo("DIAJUKAN");

        mvc.perform(post("/perencanaan/pk/{pk}/tetapkan", r.pkId()).with(as("marves.pimpinan")).with(csrf())
                .param("version", String.valueOf(pk.version()))).andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.queryForMap(
                "select status, diajukan_oleh, ditetapkan_oleh from perjanjian_kinerja where id = ?", r.pkId());
        assertThat(row).containsEntry("status", "DITETAPKAN").containsEntry("diajukan_oleh", "marves.pkounit")
                .containsEntry("ditetapkan_oleh", "marves.pimpinan");
    }

    // ---------------------------------------------------------------- 6. sign-in

    private MvcResult masuk(String username, String password, String alamat) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(dari(alamat)).param("username", username)
                .param("password", password)).andReturn();
    }

    private String pesanLogin(MvcResult hasil) throws Exception {
        // the session lives in PostgreSQL (Spring Session): follow it by its cookie
        Cookie sesiCookie = hasil.getResponse().getCookie("SESSION");
        assertThat(sesiCookie).as("session cookie after a failed sign-in").isNotNull();
        return mvc.perform(get("/login").param("error", "").cookie(sesiCookie)).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void everyFailedSignInGetsTheSameMessage() throws Exception {
        String aktif = akunBaru("ROREN", "PERENCANA");
        String nonaktif = akunBaru("ROREN", "PERENCANA");
        jdbc.update("update pengguna set aktif = false where username = ?", nonaktif);
        String alamat = "10.10.0.1";
        for (MvcResult r : List.of(masuk("tidak.ada.sama.sekali", SANDI, alamat), masuk(aktif, "salah-sekali", alamat),
                masuk(nonaktif, SANDI, alamat))) {
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(pesanLogin(r)).contains("Nama pengguna atau kata sandi salah.").doesNotContain("dikunci");
        }
        jdbc.update("delete from login_throttle where kunci like 'alamat:10.10.%'");
    }

    @Test
    void failuresMakeANameWaitBrieflyWhetherItExistsOrNotAndNeverLockIt() throws Exception {
        String korban = akunBaru("ROREN", "PERENCANA");
        String hantu = RencanaUji.unik("hantu").toLowerCase(Locale.ROOT);
        for (int i = 0; i < 3; i++) {
            masuk(korban, "tebakan-" + i, "10.20.0.1");
            masuk(hantu, "tebakan-" + i, "10.20.0.1");
        }
        // the right password from the guessing address: refused while the short wait runs, told how long
        MvcResult ditahan = masuk(korban, SANDI, "10.20.0.1");
        String pesan = pesanLogin(ditahan);
        assertThat(pesan).contains("Coba lagi dalam");
        assertThat(pesanLogin(masuk(hantu, SANDI, "10.20.0.1"))).contains("Coba lagi dalam");
        Timestamp sampai = jdbc.queryForObject("select tunggu_sampai from login_throttle where kunci = ?",
                Timestamp.class, "akun:" + korban + "|10.20.0.1");
        assertThat(Duration.between(jam.instant(), sampai.toInstant())).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where aksi = 'LOGIN_GAGAL' "
                + "and sesudah->>'username' = ?", Integer.class, korban)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where aksi = 'LOGIN_DITAHAN' "
                + "and sesudah->>'username' = ?", Integer.class, korban)).isGreaterThanOrEqualTo(1);
        // the owner at another address is not delayed by somebody else's guesses
        assertThat(masuk(korban, SANDI, "10.20.0.2").getResponse().getRedirectedUrl()).isEqualTo("/");
        // the wait over (by the application's clock), the guessing address may try again too
        try {
            jam.setel(OffsetDateTime.ofInstant(jam.instant().plusSeconds(61), Waktu.WIB).toString());
            assertThat(masuk(korban, SANDI, "10.20.0.1").getResponse().getRedirectedUrl()).isEqualTo("/");
        } finally {
            jam.pulihkan();
        }
        jdbc.update("delete from login_throttle where kunci like 'alamat:10.20.%' or kunci like '%|10.20.%'");
    }

    @Test
    void oneAddressTryingManyNamesWaitsToo() throws Exception {
        for (int i = 0; i < 30; i++) {
            masuk("penyemprot." + i, "tebakan", "10.30.0.1");
        }
        assertThat(pesanLogin(masuk("kemenlu.perencana", "demo", "10.30.0.1"))).contains("Coba lagi dalam");
        assertThat(masuk("kemenlu.perencana", "demo", "10.30.0.2").getResponse().getRedirectedUrl()).isEqualTo("/");
        jdbc.update("delete from login_throttle where kunci like 'alamat:10.30.%' or kunci like 'akun:penyemprot.%' "
                + "or kunci like 'nama:penyemprot.%'");
    }

    @Test
    void httpBasicIsThrottledTooAndAnOverlongPasswordIsJustWrong() throws Exception {
        String korban = akunBaru("ROREN", "PERENCANA");
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/unit").with(httpBasic(korban, "salah-" + i)).with(dari("10.40.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        // the third failure starts a wait: 429 with Retry-After, also for the right password meanwhile
        mvc.perform(get("/api/v1/unit").with(httpBasic(korban, "salah-2")).with(dari("10.40.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(MockMvcResultMatchers.header()
                        .exists("Retry-After"));
        mvc.perform(get("/api/v1/unit").with(httpBasic(korban, SANDI)).with(dari("10.40.0.1")))
                .andExpect(status().isTooManyRequests());
        // the owner's own address is not held by the guesses made elsewhere
        mvc.perform(get("/api/v1/unit").with(httpBasic(korban, SANDI)).with(dari("10.40.0.2")))
                .andExpect(status().isOk());
        String panjang = "é".repeat(60);
        assertThat(masuk("admin", panjang, "10.40.0.3").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        jdbc.update("delete from login_throttle where kunci like 'alamat:10.40.%' or kunci like '%|10.40.%'");
    }

    @Test
    void weakPasswordsAreRefusedAtTheFieldAndOverlongOnesWithAMessage() throws Exception {
        String username = RencanaUji.unik("hostile.pw").toLowerCase(Locale.ROOT);
        for (String lemah : List.of("12345678", "password", "        ", "password1234", "aaaaaaaaaaaaaaaa",
                username, "é".repeat(40))) {
            mvc.perform(post("/admin/pengguna").with(as("admin")).with(csrf()).param("username", username)
                            .param("nama", "Uji Sandi").param("password", lemah))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attributeHasFieldErrors("form", "password"));
        }
        assertThat(jdbc.queryForObject("select count(*) from pengguna where username = ?", Integer.class, username))
                .isZero();
        String akun = akunBaru("ROREN", "PERENCANA");
        mvc.perform(post("/admin/pengguna/{id}/password", idPengguna(akun)).with(as("admin")).with(csrf())
                        .param("password", "é".repeat(40)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("72 byte")));
    }

    // ---------------------------------------------------------------- 7. control characters and sizes

    @Test
    void controlCharactersAndOversizedTextGetAFieldMessageAndNothingIsStored() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        int sebelum = jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ?", Integer.class,
                r.pkId());
        String[][] kasus = {{"Sasaran\u0001Uji", "", "nama"}, {"Sasaran Uji NUL", "a\u0000b", "deskripsi"},
                {"Sasaran Uji Panjang", "x".repeat(10_000), "deskripsi"}};
        for (String[] k : kasus) {
            mvc.perform(post("/perencanaan/pk/{pk}/ss", r.pkId()).with(as("marves.pkounit")).with(csrf())
                            .param("nama", k[0]).param("deskripsi", k[1]).param("perspektif", "STAKEHOLDER")
                            .param("version", String.valueOf(perencanaan.versi(r.pkId())))
                            .param("posisi", "1"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", k[2]));
        }
        assertThat(jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ?", Integer.class,
                r.pkId())).isEqualTo(sebelum);
        // the form is kept: what the user typed comes back
        mvc.perform(post("/perencanaan/pk/{pk}/ss", r.pkId()).with(as("marves.pkounit")).with(csrf())
                        .param("nama", "Sasaran Uji Panjang").param("deskripsi", "x".repeat(10_000))
                        .param("version", String.valueOf(perencanaan.versi(r.pkId())))
                        .param("perspektif", "STAKEHOLDER").param("posisi", "1"))
                .andExpect(content().string(Matchers.containsString("Sasaran Uji Panjang")))
                .andExpect(content().string(Matchers.containsString("Paling banyak 4000 karakter")));
        // NFC at the edge: a decomposed é is stored composed
        mvc.perform(post("/perencanaan/pk/{pk}/ss", r.pkId()).with(as("marves.pkounit")).with(csrf())
                        .param("nama", "Layanan cafe\u0301 maritim").param("perspektif", "STAKEHOLDER")
                        .param("version", String.valueOf(perencanaan.versi(r.pkId())))
                        .param("posisi", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ? and nama = ?",
                Integer.class, r.pkId(), "Layanan caf\u00e9 maritim")).isEqualTo(1);
        // a request parameter with NUL: 400, not 500
        mvc.perform(post("/cascading/iku/{iku}/keselarasan/kontributor", r.ikuId()).with(as("marves.pkounit"))
                        .with(csrf()).param("namaEksternal", "Kementerian\u0000X").param("peran", "Pendukung"))
                .andExpect(status().isBadRequest());
        // JSON with NUL: 400, not 500
        mvc.perform(post("/api/v1/scoring/calculate").with(httpBasic("kemenlu.perencana", "demo"))
                        .contentType("application/json").content("{\"rulebook\":\"KEMENLU\\u0000\",\"indicators\":[]}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aControlCharacterStoredBeforeTheEdgeCheckNoLongerBreaksThePdf() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        jdbc.update("update sasaran_strategis set nama = nama || chr(1) || ' lama' where id = ?", r.ssId());
        mvc.perform(get("/perencanaan/pk/{pk}/cetak.pdf", r.pkId()).with(as("marves.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/perencanaan/pk/{pk}/manual-iku.pdf", r.pkId()).with(as("marves.pkounit")))
                .andExpect(status().isOk());
    }

    @Test
    void aNulByteNeverBreaksTheAuditTrail() {
        tx.executeWithoutResult(s -> audit.catatSebagai("uji", AuditAksi.LAINNYA, "Uji", 1, null, null,
                Map.of("nama", "a\u0000b"), "ket\u0000"));
        assertThat(jdbc.queryForObject("select sesudah->>'nama' from audit_log where pelaku = 'uji' order by id desc "
                + "limit 1", String.class)).isEqualTo("a\uFFFDb");
    }

    // ---------------------------------------------------------------- 9. one session, parallel requests

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsOfOneSessionAddingTheSameAttributeDoNotCollide() {
        Session s = bukaSesi("kemenlu.perencana");
        Session salinan1 = (Session) sesi.findById(s.getId());
        Session salinan2 = (Session) sesi.findById(s.getId());
        salinan1.setAttribute("flash", "satu");
        salinan2.setAttribute("flash", "dua");
        sesi.save(salinan1);
        sesi.save(salinan2);
        assertThat(((Session) sesi.findById(s.getId())).<String>getAttribute("flash")).isEqualTo("dua");
        sesi.deleteById(s.getId());
    }

    @Test
    void aDoubleClickedTambahSsCreatesOneSsAndParallelCreatesGetDistinctCodes() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        String token = UUID.randomUUID().toString();
        String versi = String.valueOf(perencanaan.versi(r.pkId()));
        List<Integer> status = paralel(2, i -> post("/perencanaan/pk/{pk}/ss", r.pkId()).with(as("marves.pkounit"))
                .with(csrf()).param("nama", "Sasaran klik ganda").param("perspektif", "STAKEHOLDER")
                .param("posisi", "5").param("tokenFormulir", token).param("version", versi));
        assertThat(status).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ? and nama = ?",
                Integer.class, r.pkId(), "Sasaran klik ganda")).isEqualTo(1);

        // two different creates from forms opened on the same version: one is kept, the other
        // gets the 409 (issue 8: no lost update, the IKU-count rules cannot both pass)
        String versiKini = String.valueOf(perencanaan.versi(r.pkId()));
        List<Integer> dua = paralel(2, i -> post("/perencanaan/pk/{pk}/ss", r.pkId()).with(as("marves.pkounit"))
                .with(csrf()).param("nama", "Sasaran paralel " + i).param("perspektif", "STAKEHOLDER")
                .param("posisi", "6").param("version", versiKini));
        assertThat(dua).containsExactlyInAnyOrder(302, 409);
        List<String> kode = jdbc.queryForList("select kode from sasaran_strategis where pk_id = ?", String.class,
                r.pkId());
        assertThat(kode).doesNotHaveDuplicates().hasSize(3);
        // and the database itself refuses a second S1 in one PK
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> jdbc.update("""
                insert into sasaran_strategis (pk_id, kode, nama, perspektif, posisi) values (?, 'S1', 'Tiruan',
                'STAKEHOLDER', 9)""", r.pkId())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private List<Integer> paralel(int n, IntFunction<
            RequestBuilder> permintaan) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<Integer>> hasil = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int nomor = i;
                Callable<Integer> c = () -> {
                    mulai.await();
                    return mvc.perform(permintaan.apply(nomor)).andReturn().getResponse().getStatus();
                };
                hasil.add(pool.submit(c));
            }
            mulai.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : hasil) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    // ---------------------------------------------------------------- 10. the smaller ones

    @Test
    void aUnitOutsideReachIsNeitherAcceptedNorNamedAsContributor() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        String inspektorat = jdbc.queryForObject("select nama from unit where kode = 'M-INSPEKTORAT'", String.class);
        mvc.perform(post("/cascading/iku/{iku}/keselarasan/kontributor", r.ikuId()).with(as("marves.pkounit"))
                        .with(csrf()).param("unitId", String.valueOf(DemoUnits.id(jdbc, "M-INSPEKTORAT")))
                        .param("peran", "Pendukung"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString(inspektorat))));
        assertThat(jdbc.queryForObject("select count(*) from kontributor_crosscutting where iku_id = ?",
                Integer.class, r.ikuId())).isZero();
    }

    @Test
    void anotherMinistrysUnitIsNeitherAcceptedNorNamedAsContributor() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        String roren = jdbc.queryForObject("select nama from unit where kode = 'ROREN'", String.class);
        mvc.perform(post("/cascading/iku/{iku}/keselarasan/kontributor", r.ikuId()).with(as("marves.pkounit"))
                        .with(csrf()).param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN")))
                        .param("peran", "Pendukung"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString(roren))));
        mvc.perform(get("/cascading/iku/{iku}/keselarasan", r.ikuId()).with(as("marves.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(roren))));
    }

    @Test
    void candidateListsShowOnlyIkuOfUnitsTheUserMayOpen() throws Exception {
        long ikuSetjen = jdbc.queryForObject("""
                select min(i.id) from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id where u.kode = 'SETJEN'""",
                Long.class);
        String aspasaf = jdbc.queryForObject("select nama from unit where kode = 'ASPASAF'", String.class);
        KeselarasanService.Data admin = (KeselarasanService.Data) mvc.perform(
                get("/cascading/iku/{iku}/keselarasan", ikuSetjen).with(as("admin"))).andReturn().getModelAndView()
                .getModel().get("data");
        assertThat(admin.kandidat()).extracting(KeselarasanService.Kandidat::unit).contains(aspasaf);
        KeselarasanService.Data pimpinan = (KeselarasanService.Data) mvc.perform(
                get("/cascading/iku/{iku}/keselarasan", ikuSetjen).with(as("kemenlu.pimpinan"))).andReturn()
                .getModelAndView().getModel().get("data");
        assertThat(pimpinan.kandidat()).extracting(KeselarasanService.Kandidat::unit).doesNotContain(aspasaf);
    }

    @Test
    void linksCannotBeAddedToAnApprovedPk() throws Exception {
        Korban roren = Korban.dari(jdbc, "ROREN", "kemenlu.perencana");
        int sebelum = jdbc.queryForObject("select count(*) from kontributor_crosscutting where iku_id = ?",
                Integer.class, roren.ikuId());
        mvc.perform(post("/cascading/iku/{iku}/keselarasan/kontributor", roren.ikuId()).with(as("kemenlu.perencana"))
                        .with(csrf()).param("namaEksternal", "Kementerian Lain").param("peran", "Pendukung"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from kontributor_crosscutting where iku_id = ?",
                Integer.class, roren.ikuId())).isEqualTo(sebelum);
    }

    @Test
    void movingAUnitAuditsEveryDescendantThatMoves() {
        RencanaUji.sebagai(users, "admin");
        long roren = DemoUnits.id(jdbc, "ROREN");
        String kode = RencanaUji.unik("PINDAH").toUpperCase(Locale.ROOT);
        var induk = units.buat(new UnitParameters(roren, kode, "Unit Pindah", JenisUnit.UNIT_KERJA, false, null, 91));
        var anak = units.buat(new UnitParameters(induk.id(), kode + "-A", "Anak Unit Pindah", JenisUnit.UNIT_KERJA,
                false, null, 1));
        long version = jdbc.queryForObject("select version from unit where id = ?", Long.class, induk.id());
        units.ubah(induk.id(), version, new UnitParameters(DemoUnits.id(jdbc, "ROKEU"), kode, "Unit Pindah",
                JenisUnit.UNIT_KERJA, false, null, 91));
        String jejak = jdbc.queryForObject("""
                select string_agg(sesudah::text, ' ') from audit_log
                where entitas = 'Unit' and entitas_id = ? and aksi = 'UBAH'""", String.class,
                String.valueOf(anak.id()));
        assertThat(jejak).contains("path").contains("/" + DemoUnits.id(jdbc, "ROKEU") + "/");
    }

    @Test
    void aUnitManagerSeesChangesToAccountsOfItsUnits() throws Exception {
        String akun = akunBaru("ROREN", "PERENCANA");
        long id = idPengguna(akun);
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        mvc.perform(post("/admin/pengguna/{id}", id).with(as("admin")).with(csrf()).param("username", akun)
                        .param("nama", "Akun Uji Diubah").param("aktif", "true").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        RencanaUji.sebagai(users, "kemenlu.pkounit");
        var halaman = audit.cari(new AuditService.Filter(null, "Pengguna", null, null, null, null, 0));
        assertThat(halaman.baris()).extracting(AuditService.Baris::entitasId).contains(String.valueOf(id));
        RencanaUji.sebagai(users, "marves.pko");
        assertThat(audit.cari(new AuditService.Filter(null, "Pengguna", null, null, null, null, 0)).baris())
                .extracting(AuditService.Baris::entitasId).doesNotContain(String.valueOf(id));
    }

    @Test
    void aMalformedLanguageOrAHugePageNumberIsNoServerError() throws Exception {
        mvc.perform(get("/login").param("lang", "\"")).andExpect(status().isOk());
        mvc.perform(get("/login").cookie(new Cookie("KINERJA_LANG", "zz-%%-\u00e9"))).andExpect(status().isOk());
        mvc.perform(get("/").with(as("kemenlu.perencana")).cookie(new Cookie("KINERJA_LANG", "@@")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("halaman", "50000000").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void behindAForwardingProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> lewatProxy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lewatProxy.statusCode()).isEqualTo(200);
        assertThat(lewatProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(lewatProxy.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("Secure"));
        HttpResponse<String> langsung = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(langsung.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
