package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.akses.Peran;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HTTP Basic skips BCrypt for a pair verified minutes ago, but only while the account still has the
 * hash it was verified against and is still active and unlocked.
 */
@IntegrationTest
class KredensialTerverifikasiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KredensialTerverifikasi terverifikasi;

    @Autowired
    JdbcTemplate jdbc;

    String username;
    Long unitId;

    @BeforeEach
    void akun() {
        username = "api." + UUID.randomUUID().toString().substring(0, 8);
        unitId = jdbc.queryForObject("select id from unit where kode = 'KEMENLU'", Long.class);
        pengguna.buatAkunAwal(username, null, "Klien API", "Sistem", null, encoder.encode("sandi-lama-123"), false,
                List.of(Map.entry(unitId, Peran.PKO_PUSAT)));
    }

    private int panggil(String password) throws Exception {
        // an address of its own: these failures must not count against other tests' address
        return mvc.perform(get("/api/v1/unit/{id}", unitId).with(httpBasic(username, password)).with(r -> {
            r.setRemoteAddr("10.13.0." + (1 + Math.abs(username.hashCode() % 250)));
            return r;
        })).andReturn()
                .getResponse().getStatus();
    }

    @Test
    void aVerifiedPairIsRememberedAgainstItsHashAndAWrongPasswordIsNot() throws Exception {
        assertThat(panggil("salah-sekali")).isEqualTo(401);
        assertThat(terverifikasi.hashTerverifikasi(username, "salah-sekali")).isNull();
        assertThat(panggil("sandi-lama-123")).isEqualTo(200);
        String hash = jdbc.queryForObject("select password_hash from pengguna where username = ?", String.class,
                username);
        assertThat(terverifikasi.hashTerverifikasi(username, "sandi-lama-123")).isEqualTo(hash);
        assertThat(panggil("sandi-lama-123")).isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsTheRememberedPair() throws Exception {
        assertThat(panggil("sandi-lama-123")).isEqualTo(200);
        jdbc.update("update pengguna set password_hash = ? where username = ?", encoder.encode("sandi-baru-456"),
                username);
        assertThat(panggil("sandi-lama-123")).isEqualTo(401);
        assertThat(panggil("sandi-baru-456")).isEqualTo(200);
    }

    @Test
    void deactivationAndLockingApplyAtOnceDespiteTheRememberedPair() throws Exception {
        assertThat(panggil("sandi-lama-123")).isEqualTo(200);
        jdbc.update("update pengguna set aktif = false where username = ?", username);
        assertThat(panggil("sandi-lama-123")).isEqualTo(401);
        jdbc.update("update pengguna set aktif = true, terkunci_sampai = '2999-01-01T00:00:00Z' where username = ?",
                username);
        assertThat(panggil("sandi-lama-123")).isEqualTo(401);
        jdbc.update("update pengguna set terkunci_sampai = null where username = ?", username);
        assertThat(panggil("sandi-lama-123")).isEqualTo(200);
    }
}
