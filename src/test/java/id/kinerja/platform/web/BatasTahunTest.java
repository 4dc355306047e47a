package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** ?tahun= on the planning, realisation, validation, cascading and dialogue pages: 2000–2100, else a 400 page. */
@IntegrationTest
class BatasTahunTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private MvcResult buka(String url, String tahun) throws Exception {
        return mvc.perform(get(url).param("tahun", tahun).with(user(users.loadUserByUsername("admin")))).andReturn();
    }

    @Test
    void anAbsurdYearIsA400NamingTheRange() throws Exception {
        long unit = DemoUnits.id(jdbc, "KEMENLU");
        for (String url : new String[] {"/perencanaan", "/perencanaan/unit/" + unit, "/realisasi",
                "/realisasi/unit/" + unit, "/validasi", "/cascading/unit/" + unit, "/cascading/pohon/" + unit,
                "/dialog/unit/" + unit}) {
            for (String tahun : new String[] {"99999", "1999", "2101", "-5"}) {
                MvcResult r = buka(url, tahun);
                assertThat(r.getResponse().getStatus()).as(url + "?tahun=" + tahun).isEqualTo(400);
                assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Tahun harus antara 2000 dan 2100");
            }
            assertThat(buka(url, "2026").getResponse().getStatus()).as(url).isLessThan(400);
        }
    }
}
