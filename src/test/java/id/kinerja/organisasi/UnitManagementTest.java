package id.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Creating, moving and closing units through the pages, as a unit manager would. */
@IntegrationTest
class UnitManagementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private MvcResult buat(String kode, long induk) throws Exception {
        return mvc.perform(post("/admin/unit").with(user(users.loadUserByUsername("kemenlu.pkounit"))).with(csrf())
                        .param("indukId", String.valueOf(induk)).param("kode", kode)
                        .param("nama", "Unit Uji " + kode).param("jenis", "UNIT_KERJA").param("urutan", "5"))
                .andReturn();
    }

    private Map<String, Object> unit(String kode) {
        return jdbc.queryForMap("""
                select u.id, u.path, u.version, u.aktif, u.induk_id, l.kedalaman from unit u
                join unit_level l on l.id = u.level_id where u.kode = ?""", kode);
    }

    @Test
    void createsUnitOneLevelBelowItsParentAndAuditsIt() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        assertThat(buat("UJI-BUAT", roren).getResponse().getStatus()).isEqualTo(302);
        Map<String, Object> u = unit("UJI-BUAT");
        assertThat(u.get("kedalaman")).isEqualTo(3);
        assertThat((String) u.get("path")).endsWith("/" + roren + "/" + u.get("id") + "/");
        Map<String, Object> audit = jdbc.queryForMap("""
                select pelaku, aksi, sesudah::text as sesudah from audit_log
                where entitas = 'Unit' and entitas_id = ? order by id limit 1""", String.valueOf(u.get("id")));
        assertThat(audit.get("pelaku")).isEqualTo("kemenlu.pkounit");
        assertThat(audit.get("aksi")).isEqualTo("BUAT");
        assertThat((String) audit.get("sesudah")).contains("Unit Uji UJI-BUAT");
    }

    @Test
    void validationErrorsNameTheFieldInIndonesian() throws Exception {
        mvc.perform(post("/admin/unit").with(user(users.loadUserByUsername("kemenlu.pkounit"))).with(csrf())
                        .param("indukId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("kode", "")
                        .param("nama", "").param("jenis", "UNIT_KERJA").param("urutan", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "kode", "nama"))
                .andExpect(content().string(Matchers.containsString("Kode unit wajib diisi.")))
                .andExpect(content().string(Matchers.containsString("Nama unit wajib diisi.")));
    }

    @Test
    void duplicateCodeIsShownAtTheCodeField() throws Exception {
        mvc.perform(post("/admin/unit").with(user(users.loadUserByUsername("kemenlu.pkounit"))).with(csrf())
                        .param("indukId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("kode", "ROKEU")
                        .param("nama", "Ganda").param("jenis", "UNIT_KERJA").param("urutan", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "kode"))
                .andExpect(content().string(Matchers.containsString("Kode unit ROKEU sudah dipakai")));
    }

    @Test
    void movingAUnitCarriesItsSubtreeAndShiftsLevels() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        buat("UJI-PINDAH", roren);
        buat("UJI-PINDAH-ANAK", ((Number) unit("UJI-PINDAH").get("id")).longValue());
        Map<String, Object> u = unit("UJI-PINDAH");
        mvc.perform(post("/admin/unit/{id}", u.get("id")).with(user(users.loadUserByUsername("kemenlu.pkounit")))
                        .with(csrf()).param("indukId", String.valueOf(setjen)).param("kode", "UJI-PINDAH")
                        .param("nama", "Unit Uji Pindah").param("jenis", "UNIT_KERJA").param("urutan", "1")
                        .param("version", String.valueOf(u.get("version"))))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> moved = unit("UJI-PINDAH");
        Map<String, Object> child = unit("UJI-PINDAH-ANAK");
        assertThat(moved.get("kedalaman")).isEqualTo(2);
        assertThat(child.get("kedalaman")).isEqualTo(3);
        assertThat((String) child.get("path")).isEqualTo(moved.get("path") + String.valueOf(child.get("id")) + "/");
    }

    @Test
    void staleVersionGetsAFriendlyConflictAndNothingIsOverwritten() throws Exception {
        buat("UJI-VERSI", DemoUnits.id(jdbc, "ROREN"));
        Map<String, Object> u = unit("UJI-VERSI");
        long induk = ((Number) u.get("induk_id")).longValue();
        mvc.perform(post("/admin/unit/{id}", u.get("id")).with(user(users.loadUserByUsername("kemenlu.pkounit")))
                        .with(csrf()).param("indukId", String.valueOf(induk)).param("kode", "UJI-VERSI")
                        .param("nama", "Edit Pertama").param("jenis", "UNIT_KERJA").param("urutan", "1")
                        .param("version", String.valueOf(u.get("version"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/unit/{id}", u.get("id")).with(user(users.loadUserByUsername("kemenlu.pkounit")))
                        .with(csrf()).param("indukId", String.valueOf(induk)).param("kode", "UJI-VERSI")
                        .param("nama", "Edit Kedua Yang Basi").param("jenis", "UNIT_KERJA").param("urutan", "1")
                        .param("version", String.valueOf(u.get("version"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("baru saja diubah oleh pengguna lain")))
                // the typed name stays in its box, the stored one is named in the message
                .andExpect(content().string(Matchers.containsString("value=\"Edit Kedua Yang Basi\"")))
                .andExpect(content().string(Matchers.containsString("Tersimpan saat ini: UJI-VERSI — Edit Pertama")))
                .andExpect(content().string(Matchers.containsString(
                        "name=\"version\" value=\"" + unit("UJI-VERSI").get("version") + "\"")));
        assertThat(jdbc.queryForObject("select nama from unit where kode = 'UJI-VERSI'", String.class))
                .isEqualTo("Edit Pertama");
    }

    @Test
    void aUnitWithActiveChildrenCannotBeClosedAndAClosedUnitIsKept() throws Exception {
        buat("UJI-TUTUP", DemoUnits.id(jdbc, "ROREN"));
        long id = ((Number) unit("UJI-TUTUP").get("id")).longValue();
        buat("UJI-TUTUP-ANAK", id);
        mvc.perform(post("/admin/unit/{id}/tutup", id).with(user(users.loadUserByUsername("kemenlu.pkounit")))
                        .with(csrf()).param("version", String.valueOf(unit("UJI-TUTUP").get("version")))
                        .param("tanggal", "2026-06-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("masih memiliki sub-unit aktif")))
                // the reason at the closing form, the chosen date kept
                .andExpect(content().string(Matchers.containsString("data-testid=\"galat-tanggal\"")))
                .andExpect(content().string(Matchers.containsString("value=\"2026-06-30\"")));
        Map<String, Object> anak = unit("UJI-TUTUP-ANAK");
        mvc.perform(post("/admin/unit/{id}/tutup", anak.get("id"))
                        .with(user(users.loadUserByUsername("kemenlu.pkounit"))).with(csrf())
                        .param("version", String.valueOf(anak.get("version"))).param("tanggal", "2026-06-30"))
                .andExpect(status().is3xxRedirection());
        assertThat(unit("UJI-TUTUP-ANAK").get("aktif")).isEqualTo(false);
    }
}
