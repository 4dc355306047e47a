package id.kinerja.pengguna;

import static id.kinerja.support.Html.galat;
import static id.kinerja.support.Html.kontrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The account page's password and assignment forms: a refusal is a 400 with the message at the field. */
@IntegrationTest
@WithUserDetails("admin")
class PenggunaDetailDitolakWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long akun(String username) {
        return jdbc.queryForObject("select id from pengguna where username = ?", Long.class, username);
    }

    @Test
    void aShortPasswordIsRefusedAtTheFieldAndNeverEchoed() throws Exception {
        long id = akun("kemenlu.perencana");
        String hash = jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id);
        String html = mvc.perform(post("/admin/pengguna/{id}/password", id).with(csrf()).param("password", "pendek123"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "password")).isEqualTo("Kata sandi minimal 12 karakter.");
        assertThat(kontrol(html, "password-baru")).contains("is-invalid").doesNotContain("pendek123");
        assertThat(html).doesNotContain("pendek123")
                .containsPattern("for=\"password-baru\"[^>]*>Kata sandi baru</label><span[^>]*data-testid=\"tanda-wajib\"");
        assertThat(jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id)).isEqualTo(hash);
    }

    @Test
    void aDuplicateAssignmentIsRefusedAtTheRoleWithTheChoiceKept() throws Exception {
        long id = akun("kemenlu.perencana");
        Map<String, Object> t = jdbc.queryForMap("select unit_id, peran from penugasan where pengguna_id = ? "
                + "order by id limit 1", id);
        int sebelum = jdbc.queryForObject("select count(*) from penugasan where pengguna_id = ?", Integer.class, id);
        String html = mvc.perform(post("/admin/pengguna/{id}/penugasan", id).with(csrf())
                        .param("unitId", String.valueOf(t.get("unit_id"))).param("peran", (String) t.get("peran")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "peran")).isEqualTo("Pengguna sudah memegang peran itu di unit tersebut.");
        assertThat(html).contains("<option value=\"" + t.get("unit_id") + "\" selected=\"selected\">")
                .contains("<option value=\"" + t.get("peran") + "\" selected=\"selected\">");
        assertThat(jdbc.queryForObject("select count(*) from penugasan where pengguna_id = ?", Integer.class, id))
                .isEqualTo(sebelum);
    }
}
