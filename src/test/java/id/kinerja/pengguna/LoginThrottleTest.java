package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Audit finding 2: failed sign-ins slow the address that made them, never the owner at another
 * address; a name attacked from many addresses holds only addresses that failed on it, each for a
 * bounded time after its own last failure. Time moves by the injected clock, never by sleeping.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String SANDI = "kalimat-sandi-uji-2026";

    @Autowired
    LoginThrottle throttle;
    @Autowired
    JamUji jam;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private final String awalan = "10." + (100 + (int) (Math.random() * 100)) + "." + (int) (Math.random() * 250) + ".";

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        jdbc.update("delete from login_throttle where kunci like ? or kunci like ?", "%|" + awalan + "%",
                "alamat:" + awalan + "%");
    }

    private void majukan(long detik) {
        jam.setel(OffsetDateTime.ofInstant(jam.instant().plusSeconds(detik), Waktu.WIB).toString());
    }

    private static String nama() {
        return ("throttle-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    private int masuk(String username, String password, String alamat) throws Exception {
        var r = mvc.perform(post("/login").with(csrf()).with(req -> {
            req.setRemoteAddr(alamat);
            return req;
        }).param("username", username).param("password", password)).andReturn();
        return "/".equals(r.getResponse().getRedirectedUrl()) ? 1 : 0;
    }

    @Test
    void aWrongPasswordFromOneAddressDoesNotDelayTheOwnerAtAnother() throws Exception {
        String korban = nama();
        mvc.perform(post("/admin/pengguna").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", korban).param("nama", "Korban Uji").param("password", SANDI)
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        String penyerang = awalan + "1";
        String pemilik = awalan + "2";
        // one wrong try a minute (the old lock-out attack) and a burst: the owner never waits
        for (int i = 0; i < 10; i++) {
            masuk(korban, "tebakan-" + i, penyerang);
            assertThat(throttle.tunggu(korban, pemilik)).isZero();
            majukan(i % 2 == 0 ? 1 : 60);
        }
        assertThat(masuk(korban, SANDI, pemilik)).isEqualTo(1);
        // the guessing address is still slowed, even with the right password
        for (int i = 0; i < 3; i++) {
            masuk(korban, "tebakan-lagi-" + i, penyerang);
        }
        assertThat(throttle.tunggu(korban, penyerang)).isPositive();
        assertThat(masuk(korban, SANDI, penyerang)).isZero();
    }

    @Test
    void repeatedFailuresFromOneAddressWaitLongerEachTimeUpToTheCap() {
        String u = nama();
        String a = awalan + "3";
        // the test configuration gives 3 free failures; then 1 s, 2 s, 4 s … capped at 60 s
        throttle.gagal(u, a);
        throttle.gagal(u, a);
        assertThat(throttle.tunggu(u, a)).isZero();
        throttle.gagal(u, a);
        assertThat(throttle.tunggu(u, a)).isEqualTo(1);
        throttle.gagal(u, a);
        assertThat(throttle.tunggu(u, a)).isEqualTo(2);
        throttle.gagal(u, a);
        assertThat(throttle.tunggu(u, a)).isEqualTo(4);
        for (int i = 0; i < 10; i++) {
            throttle.gagal(u, a);
        }
        assertThat(throttle.tunggu(u, a)).isEqualTo(60);
        majukan(61);
        assertThat(throttle.tunggu(u, a)).isZero();
        // meanwhile nobody else was held
        assertThat(throttle.tunggu(u, awalan + "4")).isZero();
    }

    @Test
    void aNameAttackedFromManyAddressesHoldsOnlyAddressesThatFailedAndNeverForLong() {
        String u = nama();
        String pemilik = awalan + "250";
        // the owner mistyped once, a minute before the attack
        throttle.gagal(u, pemilik);
        majukan(60);
        // 70 addresses, one guess each: no single address reaches its own limit, the name's does
        for (int i = 0; i < 70; i++) {
            throttle.gagal(u, awalan + i);
        }
        assertThat(throttle.tunggu(u, awalan + "0")).as("an attacking address").isBetween(260L, 300L);
        assertThat(throttle.tunggu(u, awalan + "251")).as("an address without a failure").isZero();
        assertThat(throttle.tunggu(u, pemilik)).as("the owner, who failed a minute ago").isBetween(200L, 240L);
        // the attack goes on from fresh addresses; the owner's wait counts from the owner's own failure
        for (int menit = 0; menit < 5; menit++) {
            majukan(60);
            for (int i = 0; i < 5; i++) {
                throttle.gagal(u, awalan + (100 + menit * 5 + i));
            }
        }
        assertThat(throttle.tunggu(u, pemilik)).as("the owner after the longest wait").isZero();
        assertThat(throttle.tunggu(u, awalan + "251")).isZero();
        assertThat(throttle.tunggu(u, awalan + "124")).as("an address that just failed").isPositive();
    }
}
