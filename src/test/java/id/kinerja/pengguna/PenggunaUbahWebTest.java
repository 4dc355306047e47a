package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Editing an account from a stale page: told with a 409, the typed input kept, nothing overwritten. */
@IntegrationTest
class PenggunaUbahWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aStaleAccountEditIs409WithTheTypedInputKept() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        String akun = ("ubah-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        mvc.perform(post("/admin/pengguna").with(admin).with(csrf()).param("username", akun)
                        .param("nama", "Akun Uji").param("password", "kalimat-sandi-uji-2026")
                        .param("unitId", String.valueOf(DemoUnits.id(jdbc, "ROREN"))).param("peran", "PERENCANA"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from pengguna where username = ?", Long.class, akun);
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        mvc.perform(post("/admin/pengguna/{id}", id).with(admin).with(csrf()).param("username", akun)
                        .param("nama", "Nama Pertama").param("jabatan", "Analis").param("aktif", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/admin/pengguna/{id}", id).with(admin).with(csrf()).param("username", akun)
                        .param("nama", "Nama Dari Halaman Basi").param("jabatan", "Perencana Muda")
                        .param("aktif", "true").param("version", String.valueOf(version)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        long kini = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        assertThat(html).contains("Data akun ini baru saja diubah oleh pengguna lain")
                .contains("Tersimpan saat ini: Nama Pertama, Analis")
                .contains("value=\"Nama Dari Halaman Basi\"").contains("value=\"Perencana Muda\"")
                .contains("name=\"version\" value=\"" + kini + "\"");
        assertThat(jdbc.queryForObject("select nama from pengguna where id = ?", String.class, id))
                .isEqualTo("Nama Pertama");
        // saved again from the re-shown page (it carries the stored version): the typed input wins knowingly
        mvc.perform(post("/admin/pengguna/{id}", id).with(admin).with(csrf()).param("username", akun)
                        .param("nama", "Nama Dari Halaman Basi").param("jabatan", "Perencana Muda")
                        .param("aktif", "true").param("version", String.valueOf(kini)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select nama from pengguna where id = ?", String.class, id))
                .isEqualTo("Nama Dari Halaman Basi");
    }
}
