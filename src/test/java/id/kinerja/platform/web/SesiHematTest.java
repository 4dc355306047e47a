package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A signed-in page view that changes nothing in the session writes nothing to spring_session. */
@IntegrationTest
class SesiHematTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unchangedSessionsAreNotWrittenButAccessStillExtendsThemPastTheThreshold() throws Exception {
        Cookie sesi = mvc.perform(post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr("10.23.0.1");
            return r;
        }).param("username", "kemenlu.pko").param("password", "demo")).andReturn().getResponse().getCookie("SESSION");
        assertThat(sesi).isNotNull();
        String id = new String(Base64.getDecoder().decode(sesi.getValue()), StandardCharsets.UTF_8);
        assertThat(mvc.perform(get("/").cookie(sesi)).andReturn().getResponse().getStatus()).isEqualTo(200);
        Map<String, Object> awal = baris(id);

        for (int i = 0; i < 3; i++) {
            assertThat(mvc.perform(get("/").cookie(sesi)).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        assertThat(baris(id)).isEqualTo(awal);

        // an access time older than the threshold is moved (and the expiry with it)
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where session_id = ?", id);
        long mundur = ((Number) baris(id).get("last_access_time")).longValue();
        assertThat(mvc.perform(get("/").cookie(sesi)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(((Number) baris(id).get("last_access_time")).longValue()).isGreaterThan(mundur);
        assertThat(((Number) baris(id).get("expiry_time")).longValue())
                .isGreaterThan(((Number) awal.get("expiry_time")).longValue() - 120000);
    }

    private Map<String, Object> baris(String sessionId) {
        return jdbc.queryForMap("""
                select s.last_access_time, s.expiry_time, count(a.attribute_name) as atribut,
                       coalesce(sum(length(a.attribute_bytes)), 0) as ukuran
                from spring_session s left join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ? group by s.last_access_time, s.expiry_time""", sessionId);
    }
}
