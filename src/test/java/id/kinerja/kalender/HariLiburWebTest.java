package id.kinerja.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Public holidays on /kalender/libur: everyone signed in reads them; only the super admin adds and
 * removes a day (audited), with Indonesian field messages and the input kept; a change moves the
 * score and dashboard tokens (V38), so cached scores and dashboards follow the new deadlines.
 */
@IntegrationTest
class HariLiburWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor sebagai(String u) {
        return user(users.loadUserByUsername(u));
    }

    private long versi(String tabel) {
        return jdbc.queryForObject("select versi from " + tabel + " where id = 1", Long.class);
    }

    @Test
    void semuaMembacaHanyaSuperAdminMengubah() throws Exception {
        String html = mvc.perform(get("/kalender/libur").param("tahun", "2026").with(sebagai("kemenlu.perencana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Proklamasi Kemerdekaan").contains("Libur nasional")
                .doesNotContain("data-testid=\"form-libur\"").doesNotContain("data-testid=\"hapus-libur\"");
        for (String u : new String[] {"kemenlu.pko", "kemenlu.perencana"}) {
            mvc.perform(post("/kalender/libur").with(sebagai(u)).with(csrf()).param("tanggal", "2095-01-02")
                    .param("nama", "Uji").param("jenis", "LIBUR_NASIONAL").param("sumber", "Uji"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/kalender/libur/2026-08-17/hapus").with(sebagai(u)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from hari_libur where tanggal in ('2095-01-02', '2026-08-17')",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void superAdminMenambahDanMenghapusDenganJejakAudit() throws Exception {
        LocalDate hari = LocalDate.of(2097, 3, 4);
        jdbc.update("delete from hari_libur where tanggal = ?", hari);
        long skor = versi("versi_skor");
        long dasbor = versi("versi_dasbor");
        mvc.perform(post("/kalender/libur").with(sebagai("admin")).with(csrf()).param("tanggal", hari.toString())
                        .param("nama", "Hari uji").param("jenis", "CUTI_BERSAMA").param("sumber", "SKB uji"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/kalender/libur?tahun=2097"));
        assertThat(jdbc.queryForObject("select jenis from hari_libur where tanggal = ?", String.class, hari))
                .isEqualTo("CUTI_BERSAMA");
        assertThat(versi("versi_skor")).isNotEqualTo(skor);
        assertThat(versi("versi_dasbor")).isNotEqualTo(dasbor);
        String html = mvc.perform(get("/kalender/libur").param("tahun", "2097").with(sebagai("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hari uji").contains("Cuti bersama").contains("data-testid=\"hapus-libur\"");

        // the same day again: refused at the field, input kept
        String lagi = mvc.perform(post("/kalender/libur").with(sebagai("admin")).with(csrf())
                        .param("tanggal", hari.toString()).param("nama", "Nama kedua").param("jenis", "LIBUR_NASIONAL")
                        .param("sumber", "SKB uji"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lagi).contains("data-testid=\"galat-tanggal\"").contains("sudah tercatat sebagai hari libur")
                .contains("value=\"Nama kedua\"");

        mvc.perform(post("/kalender/libur/" + hari + "/hapus").with(sebagai("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from hari_libur where tanggal = ?", Integer.class, hari))
                .isZero();
        assertThat(jdbc.queryForList("select aksi from audit_log where entitas = 'HariLibur' and entitas_id = ?"
                + " order by id", String.class, hari.toString())).containsExactly("BUAT", "HAPUS");
        mvc.perform(post("/kalender/libur/" + hari + "/hapus").with(sebagai("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void isianSalahDitolakPerBidang() throws Exception {
        String html = mvc.perform(post("/kalender/libur").with(sebagai("admin")).with(csrf()).param("tanggal", "")
                        .param("nama", " ").param("jenis", "LIBUR_NASIONAL").param("sumber", "x".repeat(301)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-tanggal\"").contains("Tanggal wajib diisi")
                .contains("data-testid=\"galat-nama\"").contains("data-testid=\"galat-sumber\"")
                .contains("paling banyak 300 karakter");
        mvc.perform(post("/kalender/libur").with(sebagai("admin")).with(csrf()).param("tanggal", "bukan-tanggal")
                        .param("nama", "Uji").param("jenis", "LIBUR_NASIONAL").param("sumber", "Uji"))
                .andExpect(status().isOk());
        mvc.perform(get("/kalender/libur").param("tahun", "99999").with(sebagai("admin")))
                .andExpect(status().is4xxClientError());
    }
}
