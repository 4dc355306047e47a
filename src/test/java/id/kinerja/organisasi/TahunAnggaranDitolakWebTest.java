package id.kinerja.organisasi;

import static id.kinerja.support.Html.galat;
import static id.kinerja.support.Html.kontrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Opening a budget year: a refused year answers 400 with the message at the field and the typed year kept. */
@IntegrationTest
@WithUserDetails("admin")
class TahunAnggaranDitolakWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String tolak(long organisasi, String tahun) throws Exception {
        return mvc.perform(post("/admin/tahun/{id}", organisasi).with(csrf()).param("tahun", tahun))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aYearOutOfRangeOrTakenOrMistypedIsRefusedAtTheField() throws Exception {
        long organisasi = jdbc.queryForObject("select organisasi_id from tahun_anggaran where tahun = 2026 "
                + "order by id limit 1", Long.class);
        int sebelum = jdbc.queryForObject("select count(*) from tahun_anggaran", Integer.class);
        String html = tolak(organisasi, "1999");
        assertThat(galat(html, "tahun")).isEqualTo("Tahun harus antara 2000 dan 2100.");
        assertThat(kontrol(html, "tahun")).contains("value=\"1999\"").contains("is-invalid");
        assertThat(html).containsPattern("for=\"tahun\"[^>]*>Tahun</label><span[^>]*data-testid=\"tanda-wajib\"");
        assertThat(galat(tolak(organisasi, "2026"), "tahun")).isEqualTo("Tahun anggaran 2026 sudah ada.");
        assertThat(galat(tolak(organisasi, "20x6"), "tahun")).isEqualTo("Tahun harus antara 2000 dan 2100.");
        assertThat(jdbc.queryForObject("select count(*) from tahun_anggaran", Integer.class)).isEqualTo(sebelum);
    }
}
