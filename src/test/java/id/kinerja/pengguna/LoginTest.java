package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginTest {

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void loginPageIsIndonesianAndDemoAdminSignsIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kata sandi")));
        mvc.perform(formLogin().user("admin").password("demo")).andExpect(authenticated().withUsername("admin"));
        mvc.perform(formLogin().user("admin").password("salah")).andExpect(unauthenticated());
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void repeatedFailuresMakeTheNameWaitThenItSignsInAgain() throws Exception {
        // a throw-away account, so that throttling it cannot disturb other tests
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "uji.kunci").param("nama", "Uji Kunci").param("password", "kata-sandi-uji")
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user("uji.kunci").password("kata-sandi-uji")).andExpect(authenticated());
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin().user("uji.kunci").password("keliru")).andExpect(unauthenticated());
        }
        // refused at once while the wait runs, even with the right password; never a hard lock
        mvc.perform(formLogin().user("uji.kunci").password("kata-sandi-uji")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select tunggu_sampai from login_throttle where kunci = 'akun:uji.kunci|127.0.0.1'",
                Timestamp.class).toInstant()).isAfter(clock.instant());
        assertThat(jdbc.queryForObject("select terkunci_sampai is null from pengguna where username = 'uji.kunci'",
                Boolean.class)).isTrue();
        jdbc.update("update login_throttle set tunggu_sampai = ? where kunci = 'akun:uji.kunci|127.0.0.1'",
                Timestamp.from(clock.instant().minusSeconds(1)));
        mvc.perform(formLogin().user("uji.kunci").password("kata-sandi-uji")).andExpect(authenticated());
    }

    @Test
    void nipIsValidatedWithAnIndonesianMessage() throws Exception {
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "uji.nip").param("nama", "Uji NIP").param("nip", "12345")
                        .param("password", "kata-sandi-uji"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "nip"))
                .andExpect(content().string(Matchers.containsString("NIP harus 18 digit yang sah")));
    }

    @Test
    void englishIsAvailable() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Password")));
    }

    /** A locked or inactive account is answered exactly like an unknown name (no account enumeration). */
    @Test
    void lockedAndInactiveAccountsLookLikeUnknownNames() throws Exception {
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "uji.terkunci").param("nama", "Uji Terkunci").param("password", "kata-sandi-uji")
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        // locked for an hour by the application's clock (the suite may run on a fixed date)
        jdbc.update("update pengguna set terkunci_sampai = ? where username = 'uji.terkunci'",
                Timestamp.from(clock.instant().plusSeconds(3600)));
        String terkunci = pesanGagal("uji.terkunci", "kata-sandi-uji");
        jdbc.update("update pengguna set terkunci_sampai = null, aktif = false where username = 'uji.terkunci'");
        String nonaktif = pesanGagal("uji.terkunci", "kata-sandi-uji");
        String takDikenal = pesanGagal("uji.tidak.ada.sama.sekali", "kata-sandi-uji");
        assertThat(takDikenal).isNotBlank();
        assertThat(terkunci).isEqualTo(takDikenal);
        assertThat(nonaktif).isEqualTo(takDikenal);
    }

    /** The sign-in page the user lands on after the failure: its message (the page never says more). */
    private String pesanGagal(String username, String password) throws Exception {
        // from an address of its own, so that other tests' failures cannot throttle it
        var r = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(req -> {
                            req.setRemoteAddr("10.99.0.9");
                            return req;
                        }))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        var sesi = (MockHttpSession) r.getRequest().getSession();
        String html = mvc.perform(get("/login").param("error", "").session(sesi)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int i = html.indexOf("data-testid=\"login-error\"");
        assertThat(i).isPositive();
        return html.substring(html.indexOf('>', i) + 1, html.indexOf("</div>", i)).strip();
    }

    /** A NIP typed in groups with spaces is cleaned and stored as its 18 digits. */
    @Test
    void nipWithSpacesIsCleanedNotRefused() throws Exception {
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "uji.nipspasi").param("nama", "Uji NIP Spasi").param("nip", " 19751231 200112 2 087 ")
                        .param("password", "kata-sandi-uji")
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select nip from pengguna where username = 'uji.nipspasi'", String.class))
                .isEqualTo("197512312001122087");
    }
}
