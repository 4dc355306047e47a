package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Audit finding 3: every user replaces their own password at /akun/password, and must do so first
 * when an admin chose it (account created with a password, admin set/reset): until then every page
 * leads there and the API refuses with 403.
 */
@IntegrationTest
class AkunPasswordTest {

    private static final String SANDI_ADMIN = "kalimat-sandi-dari-admin";
    private static final String SANDI_SENDIRI = "kalimat sandi pilihan saya";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @SuppressWarnings("rawtypes")
    FindByIndexNameSessionRepository sesi;

    private final String alamat = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    private RequestPostProcessor dariSini() {
        return r -> {
            r.setRemoteAddr(alamat);
            return r;
        };
    }

    private String akunDariAdmin() throws Exception {
        String username = ("akun-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", username).param("nama", "Akun Uji Sandi").param("jabatan", "Analis")
                        .param("password", SANDI_ADMIN)
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    /** Signs in through the login form; the session cookie, or null when refused. */
    private Cookie masuk(String username, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").with(csrf()).with(dariSini()).param("username", username)
                .param("password", password)).andReturn();
        return "/".equals(r.getResponse().getRedirectedUrl()) ? r.getResponse().getCookie("SESSION") : null;
    }

    private boolean wajib(String username) {
        return jdbc.queryForObject("select wajib_ganti_password from pengguna where username = ?", Boolean.class,
                username);
    }

    @SuppressWarnings("unchecked")
    private Session sesiLain(String principal) {
        Session s = (Session) sesi.createSession();
        s.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
        sesi.save(s);
        return s;
    }

    @Test
    void anAccountCreatedWithTheAdminsPasswordMustChangeItBeforeAnythingElse() throws Exception {
        String akun = akunDariAdmin();
        assertThat(wajib(akun)).isTrue();
        Cookie c = masuk(akun, SANDI_ADMIN);
        assertThat(c).isNotNull();
        for (String halaman : new String[] {"/", "/unit", "/perencanaan", "/kotak-masuk", "/dasbor"}) {
            mvc.perform(get(halaman).cookie(c)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/akun/password"));
        }
        // a form post elsewhere is turned away too
        mvc.perform(post("/notifikasi/baca-semua").cookie(c).with(csrf())).andExpect(redirectedUrl("/akun/password"));
        // htmx is asked to load the whole page
        mvc.perform(get("/kotak-masuk").cookie(c).header("HX-Request", "true")).andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/akun/password"));
        mvc.perform(get("/akun/password").cookie(c)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ditetapkan oleh pengelola")));
        mvc.perform(get("/css/kinerja.css").cookie(c)).andExpect(status().isOk());
        // the API with the same password: 403 problem+json, change it in the browser
        mvc.perform(get("/api/v1/unit").with(httpBasic(akun, SANDI_ADMIN)).with(dariSini()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("/akun/password")));

        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", SANDI_SENDIRI))
                .andExpect(redirectedUrl("/akun/password"));
        assertThat(wajib(akun)).isFalse();
        Cookie baru = masuk(akun, SANDI_SENDIRI);
        mvc.perform(get("/").cookie(baru)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/unit").with(httpBasic(akun, SANDI_SENDIRI)).with(dariSini()))
                .andExpect(status().isOk());
    }

    @Test
    void anAdminResetFlagsTheAccountAgainAndTheOwnersChangeClearsIt() throws Exception {
        String akun = akunDariAdmin();
        jdbc.update("update pengguna set wajib_ganti_password = false where username = ?", akun);
        Cookie c = masuk(akun, SANDI_ADMIN);
        mvc.perform(get("/unit").cookie(c)).andExpect(status().isOk());
        long id = jdbc.queryForObject("select id from pengguna where username = ?", Long.class, akun);
        // the unit manager resets the planner's password: the open session ends, the next sign-in must change it
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(user(users.loadUserByUsername("kemenlu.pkounit")))
                .with(csrf()).param("password", "kalimat-sandi-reset-2026")).andExpect(status().is3xxRedirection());
        assertThat(wajib(akun)).isTrue();
        mvc.perform(get("/unit").cookie(c)).andExpect(redirectedUrl("/login"));
        Cookie lagi = masuk(akun, "kalimat-sandi-reset-2026");
        mvc.perform(get("/unit").cookie(lagi)).andExpect(redirectedUrl("/akun/password"));
        mvc.perform(post("/akun/password").cookie(lagi).with(csrf()).param("passwordLama", "kalimat-sandi-reset-2026")
                .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", SANDI_SENDIRI))
                .andExpect(redirectedUrl("/akun/password"));
        assertThat(wajib(akun)).isFalse();
    }

    @Test
    void wrongInputGetsFieldMessagesAndNoPasswordIsEverShownAgain() throws Exception {
        String akun = akunDariAdmin();
        Cookie c = masuk(akun, SANDI_ADMIN);
        String html = mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", "salah-tebak-123")
                        .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", SANDI_SENDIRI))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "passwordLama"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kata sandi saat ini salah").doesNotContain("salah-tebak-123")
                .doesNotContain(SANDI_SENDIRI).contains("value=\"" + akun + "\"");
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", "kalimat lain sama sekali"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "konfirmasi"));
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", "password").param("konfirmasi", "password"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "passwordBaru"));
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", SANDI_ADMIN).param("konfirmasi", SANDI_ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("harus berbeda")));
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", "")
                        .param("passwordBaru", "").param("konfirmasi", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "passwordLama", "passwordBaru", "konfirmasi"));
        // in English too
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("lang", "en")
                        .param("passwordLama", "salah-tebak-123").param("passwordBaru", SANDI_SENDIRI)
                        .param("konfirmasi", SANDI_SENDIRI))
                .andExpect(content().string(Matchers.containsString("The current password is wrong")));
        // nothing changed
        assertThat(wajib(akun)).isTrue();
        assertThat(masuk(akun, SANDI_ADMIN)).isNotNull();
    }

    @Test
    void aChangeEndsTheOtherSessionsAndIsAuditedWithoutTheHash() throws Exception {
        String akun = akunDariAdmin();
        Cookie c = masuk(akun, SANDI_ADMIN);
        Session lain = sesiLain(akun);
        Session orangLain = sesiLain("kemenlu.perencana");
        long id = jdbc.queryForObject("select id from pengguna where username = ?", Long.class, akun);
        long auditSebelum = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        MvcResult r = mvc.perform(post("/akun/password").cookie(c).with(csrf()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", SANDI_SENDIRI))
                .andExpect(redirectedUrl("/akun/password")).andReturn();
        assertThat(sesi.findById(lain.getId())).isNull();
        assertThat(sesi.findById(orangLain.getId())).isNotNull();
        sesi.deleteById(orangLain.getId());
        // this session goes on under a new id
        Cookie kini = r.getResponse().getCookie("SESSION") != null ? r.getResponse().getCookie("SESSION") : c;
        assertThat(kini.getValue()).isNotEqualTo(c.getValue());
        mvc.perform(get("/akun/password").cookie(kini)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("telah diganti")));
        mvc.perform(get("/unit").cookie(kini)).andExpect(status().isOk());
        // the old password no longer works, the new one does
        assertThat(masuk(akun, SANDI_ADMIN)).isNull();
        assertThat(masuk(akun, SANDI_SENDIRI)).isNotNull();
        var rows = jdbc.queryForList("select pelaku, sesudah::text as sesudah from audit_log where id > ? "
                + "and entitas = 'Pengguna' and entitas_id = ? and aksi = 'UBAH'", auditSebelum, String.valueOf(id));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("pelaku")).isEqualTo(akun);
        assertThat((String) rows.get(0).get("sesudah")).contains("passwordHash").contains("(diubah)")
                .doesNotContain("$2a$").doesNotContain(SANDI_SENDIRI);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeASignIn() throws Exception {
        String akun = akunDariAdmin();
        Cookie c = masuk(akun, SANDI_ADMIN);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/akun/password").cookie(c).with(csrf()).with(dariSini())
                            .param("passwordLama", "tebakan-" + i).param("passwordBaru", SANDI_SENDIRI)
                            .param("konfirmasi", SANDI_SENDIRI))
                    .andExpect(status().isBadRequest());
        }
        // now even the right one waits, told how long; nothing changed
        mvc.perform(post("/akun/password").cookie(c).with(csrf()).with(dariSini()).param("passwordLama", SANDI_ADMIN)
                        .param("passwordBaru", SANDI_SENDIRI).param("konfirmasi", SANDI_SENDIRI))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Coba lagi dalam")));
        assertThat(wajib(akun)).isTrue();
        jdbc.update("delete from login_throttle where kunci like ?", "%|" + alamat);
    }
}
