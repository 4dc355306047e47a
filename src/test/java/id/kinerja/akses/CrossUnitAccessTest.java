package id.kinerja.akses;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user touches only the units they are assigned: guessing another unit's id, by URL or by form
 * field, gets 403 (unit exists) or 404 (it does not), on pages and on the API.
 */
@IntegrationTest
class CrossUnitAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void plannerSeesOwnUnitButNotAnotherUnitsPage() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        long astimpas = DemoUnits.id(jdbc, "ASTIMPAS");
        mvc.perform(get("/unit/{id}", roren).with(as("kemenlu.perencana"))).andExpect(status().isOk());
        mvc.perform(get("/unit/{id}", astimpas).with(as("kemenlu.perencana")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("Akses ditolak")));
        mvc.perform(get("/unit/{id}/cetak", astimpas).with(as("kemenlu.perencana"))).andExpect(status().isForbidden());
        mvc.perform(get("/unit/{id}", 987654321L).with(as("kemenlu.perencana"))).andExpect(status().isNotFound());
    }

    @Test
    void plannerDoesNotReachTheOtherMinistry() throws Exception {
        long asdepEnergi = DemoUnits.id(jdbc, "M-ASDEP-EN");
        mvc.perform(get("/unit/{id}", asdepEnergi).with(as("kemenlu.perencana"))).andExpect(status().isForbidden());
        mvc.perform(get("/unit/{id}", DemoUnits.id(jdbc, "ROREN")).with(as("marves.perencana")))
                .andExpect(status().isForbidden());
    }

    @Test
    void headCoversTheSubtreeButNotTheSiblingEselonI() throws Exception {
        mvc.perform(get("/unit/{id}", DemoUnits.id(jdbc, "ROREN-PK-EVA-01")).with(as("kemenlu.pimpinan")))
                .andExpect(status().isOk());
        mvc.perform(get("/unit/{id}", DemoUnits.id(jdbc, "ASPASAF")).with(as("kemenlu.pimpinan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiAnswersWithProblemJsonForAnotherUnit() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        long astimpas = DemoUnits.id(jdbc, "ASTIMPAS");
        mvc.perform(get("/api/v1/unit/{id}", roren).with(httpBasic("kemenlu.perencana", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kode").value("ROREN"));
        mvc.perform(get("/api/v1/unit/{id}", astimpas).with(httpBasic("kemenlu.perencana", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/unit/{id}", 987654321L).with(httpBasic("kemenlu.perencana", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/unit/{id}", roren)).andExpect(status().isUnauthorized());
    }

    @Test
    void unitManagerCannotCreateAUnitUnderAnotherSubtreeByFormField() throws Exception {
        long aspasaf = DemoUnits.id(jdbc, "ASPASAF");
        mvc.perform(post("/admin/unit").with(as("kemenlu.pkounit")).with(csrf())
                        .param("indukId", String.valueOf(aspasaf)).param("kode", "SUSUP-1")
                        .param("nama", "Unit Susupan").param("jenis", "UNIT_KERJA").param("urutan", "1"))
                .andExpect(status().isForbidden());
        Integer dibuat = jdbc.queryForObject("select count(*) from unit where kode = 'SUSUP-1'", Integer.class);
        Assertions.assertThat(dibuat).isZero();
    }

    @Test
    void unitManagerCannotMoveAUnitIntoAnotherSubtreeByFormField() throws Exception {
        long rokeu = DemoUnits.id(jdbc, "ROKEU");
        long aspasaf = DemoUnits.id(jdbc, "ASPASAF");
        long version = jdbc.queryForObject("select version from unit where id = ?", Long.class, rokeu);
        mvc.perform(post("/admin/unit/{id}", rokeu).with(as("kemenlu.pkounit")).with(csrf())
                        .param("indukId", String.valueOf(aspasaf)).param("kode", "ROKEU")
                        .param("nama", "Biro Keuangan").param("jenis", "UNIT_KERJA").param("urutan", "1")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        Long induk = jdbc.queryForObject("select induk_id from unit where id = ?", Long.class, rokeu);
        Assertions.assertThat(induk).isEqualTo(DemoUnits.id(jdbc, "SETJEN"));
    }

    @Test
    void unitManagerCannotAssignSomeoneToAnotherSubtree() throws Exception {
        long penggunaId = jdbc.queryForObject("select id from pengguna where username = 'kemenlu.perencana'",
                Long.class);
        mvc.perform(post("/admin/pengguna/{id}/penugasan", penggunaId).with(as("kemenlu.pkounit")).with(csrf())
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ASTIMPAS"))).param("peran", "PERENCANA"))
                .andExpect(status().isForbidden());
    }

    @Test
    void plannerHasNoAdministrationPages() throws Exception {
        mvc.perform(get("/admin/pengguna").with(as("kemenlu.perencana"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as("kemenlu.perencana"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/unit/{id}/ubah", DemoUnits.id(jdbc, "ROREN")).with(as("kemenlu.perencana")))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherMinistrysPkoCannotEditThisMinistrysUnit() throws Exception {
        mvc.perform(get("/admin/unit/{id}/ubah", DemoUnits.id(jdbc, "ROREN")).with(as("marves.pko")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/pengguna/{id}", jdbc.queryForObject(
                        "select id from pengguna where username = 'kemenlu.perencana'", Long.class))
                        .with(as("marves.pko")))
                .andExpect(status().isForbidden());
    }
}
