package id.kinerja.validasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.realisasi.ForumUji;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The forum's routes through the real security configuration: reach, refusals, prints and PDFs. */
@IntegrationTest
class ValidasiWebTest {

    static final int T = ForumUji.TAHUN;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    PerencanaanService perencanaan;
    @Autowired
    PenggunaService pengguna;
    @Autowired
    RealisasiService realisasi;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequestBuilder post(String url) {
        return MockMvcRequestBuilders.post(url).with(csrf());
    }

    private RequestPostProcessor as(String u) {
        return user(users.loadUserByUsername(u));
    }

    private List<long[]> nilai(long unitId) {
        return jdbc.query("select id, version from realisasi where unit_id = ? order by id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, unitId);
    }

    @Test
    void validateLockPrintAndReopenThroughTheRoutes() throws Exception {
        ForumUji.Unit u = ForumUji.siapkan(users, organisasi, perencanaan, pengguna, realisasi, "KEMENLU_BSC");
        ForumUji.Unit lain = ForumUji.siapkan(users, organisasi, perencanaan, pengguna, realisasi, "KEMENLU_BSC");
        String dasar = "/validasi/" + u.unitId() + "/" + T + "/tw/1";
        mvc.perform(get(dasar).with(as(u.validator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-verdik\"")));
        // the validator's inbox has the values waiting
        mvc.perform(get("/kotak-masuk").with(as(u.validator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("menunggu validasi")));
        long[] a = nilai(u.unitId()).get(0);
        long[] b = nilai(u.unitId()).get(1);
        // another unit's validator: 403 on every action, the forum page included
        mvc.perform(get(dasar).with(as(lain.validator()))).andExpect(status().isForbidden());
        mvc.perform(post(dasar + "/nilai/" + a[0]).with(as(lain.validator())).param("status", "VALID")
                .param("version", String.valueOf(a[1]))).andExpect(status().isForbidden());
        mvc.perform(post(dasar + "/kunci").with(as(lain.validator())).param("tempat", "Jakarta"))
                .andExpect(status().isForbidden());
        // the planner holds no VALIDASI
        mvc.perform(post(dasar + "/nilai/" + a[0]).with(as(u.perencana())).param("status", "VALID")
                .param("version", String.valueOf(a[1]))).andExpect(status().isForbidden());
        // tidak valid without a note: refused at the note with the message, nothing stored
        mvc.perform(post(dasar + "/nilai/" + a[0]).with(as(u.validator())).param("status", "TIDAK_VALID")
                .param("catatan", "  ").param("version", String.valueOf(a[1])))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"galat-catatan\"")))
                .andExpect(content().string(containsString("Catatan validator wajib diisi")));
        assertThat(jdbc.queryForObject("select count(*) from verdik_validasi where realisasi_id = ?", Long.class, a[0]))
                .isZero();
        for (long[] n : List.of(a, b)) {
            mvc.perform(post(dasar + "/nilai/" + n[0]).with(as(u.validator())).param("status", "VALID")
                    .param("catatan", "Sesuai bukti").param("version", String.valueOf(n[1])))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("pesan"));
        }
        // a stale form is told, not applied; the note typed stays, next to the value stored now
        mvc.perform(post(dasar + "/nilai/" + a[0]).with(as(u.validator())).param("status", "TIDAK_VALID")
                .param("catatan", "Bukti tidak cocok").param("version", String.valueOf(a[1])))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-testid=\"galat-verdik\"")))
                .andExpect(content().string(containsString("telah berubah sejak halaman dibuka")))
                .andExpect(content().string(containsString("Nilai tersimpan sekarang:")))
                .andExpect(content().string(containsString("value=\"Bukti tidak cocok\"")));
        assertThat(jdbc.queryForObject("select status_validasi from realisasi where id = ?", String.class, a[0]))
                .isEqualTo("VALID");
        mvc.perform(get("/kotak-masuk").with(as(u.validator()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("siap dikunci")));
        mvc.perform(post(dasar + "/kunci").with(as(u.validator())).param("tempat", "Jakarta"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("pesan"));
        // Tabel 7 on screen and as PDF
        mvc.perform(get(dasar + "/matriks").with(as(u.perencana()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CATATAN VALIDATOR")))
                .andExpect(content().string(containsString("Sesuai bukti")));
        byte[] matriks = mvc.perform(get(dasar + "/matriks.pdf").with(as(u.perencana())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(teks(matriks)).contains("MATRIKS VALIDASI").contains("CATATAN VALIDATOR");
        // berita acara: number, final score, signature blocks
        mvc.perform(get(dasar + "/berita-acara").with(as(u.pimpinan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("BA-VAL/" + u.unitKode())));
        byte[] ba = mvc.perform(get(dasar + "/berita-acara.pdf").with(as(u.pimpinan())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String isi = teks(ba);
        assertThat(isi).contains("BA-VAL/" + u.unitKode() + "/" + T + "/TW1/01").contains("final s.d. Triwulan 1")
                .contains("Validator " + u.unitKode().toLowerCase()).contains("Pimpinan ").contains("Jakarta");
        mvc.perform(get(dasar + "/berita-acara.pdf").with(as(lain.validator()))).andExpect(status().isForbidden());
        // re-open: not the validator (403), the super admin with a reason
        mvc.perform(post(dasar + "/buka").with(as(u.validator())).param("alasan", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(dasar + "/buka").with(as("admin")).param("alasan", "Koreksi bukti"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("pesan"));
        Long baId = jdbc.queryForObject("select id from berita_acara_validasi where unit_id = ?", Long.class,
                u.unitId());
        mvc.perform(get("/validasi/" + u.unitId() + "/berita-acara/" + baId).with(as(u.perencana())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Koreksi bukti")));
        // the same berita acara named under another unit: 403 (out of reach) or 404
        mvc.perform(get("/validasi/" + lain.unitId() + "/berita-acara/" + baId).with(as(lain.validator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/validasi").with(as(u.validator()))).andExpect(status().isOk());
    }

    @Test
    void refusedOrStaleForumFormsKeepWhatWasTypedAtTheirField() throws Exception {
        ForumUji.Unit u = ForumUji.siapkan(users, organisasi, perencanaan, pengguna, realisasi, "KEMENLU_BSC");
        String dasar = "/validasi/" + u.unitId() + "/" + T + "/tw/1";
        long[] a = nilai(u.unitId()).get(0);
        String sebelum = jdbc.queryForObject("select coalesce(nilai::text, '') from realisasi where id = ?",
                String.class, a[0]);
        // a correction that is not a number: the message at the value box, everything typed kept, box open
        String html = mvc.perform(post(dasar + "/nilai/" + a[0] + "/koreksi").with(as(u.validator()))
                        .param("nilai", "dua belas").param("alasanKoreksi", "Salah ketik pada laporan")
                        .param("version", String.valueOf(a[1])))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-nilai\"").contains("value=\"dua belas\"")
                .contains("value=\"Salah ketik pada laporan\"").contains("<details class=\"small mt-1\" open");
        assertThat(jdbc.queryForObject("select coalesce(nilai::text, '') from realisasi where id = ?", String.class,
                a[0])).isEqualTo(sebelum);
        // no reason: the message names the reason field, the corrected value stays
        html = mvc.perform(post(dasar + "/nilai/" + a[0] + "/koreksi").with(as(u.validator()))
                        .param("nilai", "1.250,5").param("alasanKoreksi", "")
                        .param("version", String.valueOf(a[1])))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-alasanKoreksi\"").contains("Alasan koreksi wajib diisi")
                .contains("value=\"1.250,5\"");
        // a stale correction: 409, the typed value kept next to the stored one
        html = mvc.perform(post(dasar + "/nilai/" + a[0] + "/koreksi").with(as(u.validator()))
                        .param("nilai", "15").param("alasanKoreksi", "Bukti baru")
                        .param("version", String.valueOf(a[1] + 7)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-koreksi\"").contains("Nilai tersimpan sekarang:")
                .contains("value=\"15\"").contains("value=\"Bukti baru\"");
        // locking without a place: the message at the place box; the reasons it cannot be locked yet are shown too
        html = mvc.perform(post(dasar + "/kunci").with(as(u.validator())).param("tempat", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-kunci\"").contains("Tempat penandatanganan berita acara wajib diisi");
        String panjang = "Jakarta " + "x".repeat(120);
        html = mvc.perform(post(dasar + "/kunci").with(as(u.validator())).param("tempat", panjang))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(panjang);
        // re-opening a quarter that is not locked: the reason typed stays with the message
        html = mvc.perform(post(dasar + "/buka").with(as("admin")).param("alasan", "Bukti susulan dari unit"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-buka\"").contains("tidak sedang terkunci")
                .contains("Bukti susulan dari unit");
        assertThat(jdbc.queryForObject("select count(*) from verdik_validasi where realisasi_id = ?", Long.class,
                a[0])).isZero();
    }

    private static String teks(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
