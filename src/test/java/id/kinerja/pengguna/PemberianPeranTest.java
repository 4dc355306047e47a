package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Separation of duties in granting roles (audit finding 1): a unit manager (PKO_UNIT) grants and
 * removes PERENCANA only, changes no role of its own account, and cannot set the password of (or
 * deactivate) a head, validator or manager; the organisation's central PKO and a super admin can.
 */
@IntegrationTest
class PemberianPeranTest {

    private static final String SANDI = "kalimat-sandi-uji-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /**
     * The throw-away accounts leave the tree as they found it: a second head of ROREN would become
     * the reviewer other tests' demo chains resolve (found by the objection notices test).
     */
    @AfterEach
    void bersihkan() {
        jdbc.update("delete from penugasan where pengguna_id in (select id from pengguna where username like 'peran-%')");
        jdbc.update("update pengguna set aktif = false where username like 'peran-%'");
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from pengguna where username = ?", Long.class, username);
    }

    private long unit(String kode) {
        return DemoUnits.id(jdbc, kode);
    }

    /** A throw-away account created by the super admin, its password already replaced by its owner. */
    private String akunBaru(String unit, String peran) throws Exception {
        String username = ("peran-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        mvc.perform(post("/admin/pengguna").with(as("admin")).with(csrf()).param("username", username)
                        .param("nama", "Akun Uji Peran").param("password", SANDI)
                        .param("unitId", String.valueOf(unit(unit))).param("peran", peran))
                .andExpect(status().is3xxRedirection());
        jdbc.update("update pengguna set wajib_ganti_password = false where username = ?", username);
        return username;
    }

    private int jumlahPeran(String username, String unit, String peran) {
        return jdbc.queryForObject("select count(*) from penugasan where pengguna_id = ? and unit_id = ? and peran = ?",
                Integer.class, id(username), unit(unit), peran);
    }

    private void tambah(String pelaku, String username, String unit, String peran, int statusDiharapkan)
            throws Exception {
        mvc.perform(post("/admin/pengguna/{id}/penugasan", id(username)).with(as(pelaku)).with(csrf())
                        .param("unitId", String.valueOf(unit(unit))).param("peran", peran))
                .andExpect(status().is(statusDiharapkan));
    }

    private long penugasanId(String username, String unit, String peran) {
        return jdbc.queryForObject("select id from penugasan where pengguna_id = ? and unit_id = ? and peran = ?",
                Long.class, id(username), unit(unit), peran);
    }

    @Test
    void aUnitManagerGrantsPlannersOnlyNeverHeadsValidatorsHrOrManagers() throws Exception {
        String akun = akunBaru("ROREN", "PERENCANA");
        for (String peran : List.of("VALIDATOR", "PIMPINAN", "PENGELOLA_SDM", "PKO_UNIT")) {
            tambah("kemenlu.pkounit", akun, "ROKEU", peran, 403);
            assertThat(jumlahPeran(akun, "ROKEU", peran)).as(peran).isZero();
        }
        tambah("kemenlu.pkounit", akun, "ROKEU", "PERENCANA", 302);
        assertThat(jumlahPeran(akun, "ROKEU", "PERENCANA")).isEqualTo(1);
        // nor on an account it creates
        String baru = ("peran-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        mvc.perform(post("/admin/pengguna").with(as("kemenlu.pkounit")).with(csrf()).param("username", baru)
                        .param("nama", "Akun Kedua").param("password", SANDI)
                        .param("unitId", String.valueOf(unit("ROREN"))).param("peran", "VALIDATOR"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from pengguna where username = ?", Integer.class, baru))
                .isZero();
    }

    @Test
    void aUnitManagerRemovesNoValidatorRole() throws Exception {
        String akun = akunBaru("ROREN", "VALIDATOR");
        long t = penugasanId(akun, "ROREN", "VALIDATOR");
        mvc.perform(post("/admin/pengguna/{id}/penugasan/{t}/hapus", id(akun), t).with(as("kemenlu.pkounit"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(jumlahPeran(akun, "ROREN", "VALIDATOR")).isEqualTo(1);
        // the central PKO of the organisation may
        mvc.perform(post("/admin/pengguna/{id}/penugasan/{t}/hapus", id(akun), t).with(as("kemenlu.pko"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jumlahPeran(akun, "ROREN", "VALIDATOR")).isZero();
    }

    @Test
    void nobodyButASuperAdminChangesTheRolesOfTheirOwnAccount() throws Exception {
        tambah("kemenlu.pkounit", "kemenlu.pkounit", "ROREN", "PERENCANA", 400);
        tambah("kemenlu.pkounit", "kemenlu.pkounit", "ROREN", "VALIDATOR", 400);
        assertThat(jumlahPeran("kemenlu.pkounit", "ROREN", "PERENCANA")).isZero();
        assertThat(jumlahPeran("kemenlu.pkounit", "ROREN", "VALIDATOR")).isZero();
        long sendiri = penugasanId("kemenlu.pkounit", "SETJEN", "PKO_UNIT");
        mvc.perform(post("/admin/pengguna/{id}/penugasan/{t}/hapus", id("kemenlu.pkounit"), sendiri)
                        .with(as("kemenlu.pkounit")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("akun Anda sendiri")));
        assertThat(jumlahPeran("kemenlu.pkounit", "SETJEN", "PKO_UNIT")).isEqualTo(1);
        // the central PKO neither
        mvc.perform(post("/admin/pengguna/{id}/penugasan", id("kemenlu.pko")).with(as("kemenlu.pko")).with(csrf())
                        .param("unitId", String.valueOf(unit("ROREN"))).param("peran", "VALIDATOR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("akun Anda sendiri")));
        assertThat(jumlahPeran("kemenlu.pko", "ROREN", "VALIDATOR")).isZero();
        // a super admin may (and takes it back)
        tambah("admin", "admin", "ROREN", "PERENCANA", 302);
        mvc.perform(post("/admin/pengguna/{id}/penugasan/{t}/hapus", id("admin"), penugasanId("admin", "ROREN",
                "PERENCANA")).with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jumlahPeran("admin", "ROREN", "PERENCANA")).isZero();
    }

    @Test
    void theCentralPkoAndASuperAdminGrantHeadsAndValidators() throws Exception {
        String akun = akunBaru("ROREN", "PERENCANA");
        tambah("kemenlu.pko", akun, "ROREN", "VALIDATOR", 302);
        tambah("kemenlu.pko", akun, "ROKEU", "PENGELOLA_SDM", 302);
        tambah("admin", akun, "ROKEU", "PIMPINAN", 302);
        assertThat(jumlahPeran(akun, "ROREN", "VALIDATOR")).isEqualTo(1);
        assertThat(jumlahPeran(akun, "ROKEU", "PENGELOLA_SDM")).isEqualTo(1);
        assertThat(jumlahPeran(akun, "ROKEU", "PIMPINAN")).isEqualTo(1);
        // another ministry's central PKO: out of reach
        tambah("marves.pko", akun, "ROREN", "PIMPINAN", 403);
    }

    @Test
    void aUnitManagerCannotResetOrDeactivateAHeadButTheCentralPkoCan() throws Exception {
        // a head whose only role lies inside the unit manager's subtree (SETJEN)
        String kepala = akunBaru("ROREN", "PIMPINAN");
        long id = id(kepala);
        String hash = jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id);
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(as("kemenlu.pkounit")).with(csrf())
                .param("password", "kata-sandi-pengambil-alih")).andExpect(status().isForbidden());
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        mvc.perform(post("/admin/pengguna/{id}", id).with(as("kemenlu.pkounit")).with(csrf())
                        .param("username", kepala).param("nama", "Kepala Uji").param("aktif", "false")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id))
                .isEqualTo(hash);
        assertThat(jdbc.queryForObject("select aktif from pengguna where id = ?", Boolean.class, id)).isTrue();
        // the demo head of SETJEN too
        mvc.perform(post("/admin/pengguna/{id}/password", id("kemenlu.pimpinan")).with(as("kemenlu.pkounit"))
                .with(csrf()).param("password", "kata-sandi-pengambil-alih")).andExpect(status().isForbidden());
        // a planner stays the unit manager's to look after
        String perencana = akunBaru("ROREN", "PERENCANA");
        mvc.perform(post("/admin/pengguna/{id}/password", id(perencana)).with(as("kemenlu.pkounit")).with(csrf())
                .param("password", "kalimat-sandi-baru-2026")).andExpect(status().is3xxRedirection());
        // the central PKO resets the head
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(as("kemenlu.pko")).with(csrf())
                .param("password", "kalimat-sandi-baru-2026")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id))
                .isNotEqualTo(hash);
    }

    @Test
    void aUnitManagerOnARootUnitCannotResetTheCentralPko() throws Exception {
        // PKO_UNIT on the ministry's root unit: the central PKO's role lies in its reach
        String pkoAkar = akunBaru("KEMENLU", "PERENCANA");
        jdbc.update("update penugasan set peran = 'PKO_UNIT' where pengguna_id = ?", id(pkoAkar));
        String hash = jdbc.queryForObject("select password_hash from pengguna where username = 'kemenlu.pko'",
                String.class);
        mvc.perform(post("/admin/pengguna/{id}/password", id("kemenlu.pko")).with(as(pkoAkar)).with(csrf())
                .param("password", "kata-sandi-pengambil-alih")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select password_hash from pengguna where username = 'kemenlu.pko'",
                String.class)).isEqualTo(hash);
        // nor grant itself (or anybody) central PKO or head
        tambah(pkoAkar, "kemenlu.perencana", "KEMENLU", "PKO_PUSAT", 403);
        tambah(pkoAkar, "kemenlu.perencana", "ROREN", "PIMPINAN", 403);
    }

    @Test
    void thePagesOfferAUnitManagerOnlyThePlannerRole() throws Exception {
        String html = mvc.perform(get("/admin/pengguna/baru").with(as("kemenlu.pkounit"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"PERENCANA\"").doesNotContain("value=\"VALIDATOR\"")
                .doesNotContain("value=\"PIMPINAN\"").doesNotContain("value=\"PKO_UNIT\"");
        String detail = mvc.perform(get("/admin/pengguna/{id}", id("kemenlu.perencana")).with(as("kemenlu.pkounit")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("value=\"PERENCANA\"").doesNotContain("value=\"VALIDATOR\"");
        String pusat = mvc.perform(get("/admin/pengguna/baru").with(as("kemenlu.pko"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(pusat).contains("value=\"VALIDATOR\"").contains("value=\"PIMPINAN\"");
    }
    @Test
    void aManagerSeesOnlyTheAssignmentsInsideItsReach() throws Exception {
        String akun = akunBaru("ROREN", "PERENCANA");
        tambah("admin", akun, "ITJEN", "PERENCANA", 302);
        String roren = jdbc.queryForObject("select nama from unit where kode = 'ROREN'", String.class);
        String itjen = jdbc.queryForObject("select nama from unit where kode = 'ITJEN'", String.class);
        mvc.perform(get("/admin/pengguna/{id}", id(akun)).with(as("kemenlu.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(roren)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(itjen))));
        mvc.perform(get("/admin/pengguna/{id}", id(akun)).with(as("admin")))
                .andExpect(content().string(Matchers.containsString(itjen)));
    }
}
