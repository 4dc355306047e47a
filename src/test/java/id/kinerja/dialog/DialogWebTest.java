package id.kinerja.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dialog pages through the real security configuration and MVC stack. */
@IntegrationTest
class DialogWebTest {

    @Autowired OrganisasiService organisasi;
    @Autowired UnitService units;
    @Autowired PerencanaanService perencanaan;
    @Autowired RencanaAksiService renaksi;
    @Autowired PenggunaService pengguna;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired JamUji jam;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired DialogService dialog;

    DialogUji.Hasil u;

    @BeforeEach
    void siapkan() {
        jam.setel("2026-08-15T10:00:00+07:00");
        u = DialogUji.buat(organisasi, units, perencanaan, renaksi, pengguna, encoder, users);
    }

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void aRisalahIsEnteredWithItsFieldsKeptOnErrorAndPrintedAsPdf() throws Exception {
        String halaman = mvc.perform(get("/dialog/unit/" + u.unitId()).with(as(u.perencana())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(halaman).contains("Dialog Kinerja Organisasi (DKO)").contains("periode-terlewat");
        // a future date: refused at the field, what was typed stays
        String ditolak = mvc.perform(post("/dialog/unit/" + u.unitId()).with(as(u.perencana())).with(csrf())
                .param("tanggal", "2026-08-20").param("tingkat", "ORGANISASI").param("bentuk", "KELOMPOK")
                .param("sifat", "BERKALA").param("statusSelesai", "SELESAI").param("pemimpinNama", "Deputi Dialog")
                .param("peserta", "Para Asdep").param("agenda", "Agenda yang diketik"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(ditolak).contains("Agenda yang diketik").contains("tidak boleh setelah hari ini");
        String lokasi = mvc.perform(post("/dialog/unit/" + u.unitId()).with(as(u.perencana())).with(csrf())
                .param("tanggal", "2026-08-10").param("tingkat", "ORGANISASI").param("bentuk", "KELOMPOK")
                .param("sifat", "BERKALA").param("statusSelesai", "SELESAI").param("pemimpinNama", "Deputi Dialog")
                .param("peserta", "Para Asdep").param("agenda", "Pemantauan TW III")
                .param("masalah", "Data mitra terlambat"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long dialogId = Long.valueOf(lokasi.substring(lokasi.lastIndexOf('/') + 1));
        mvc.perform(post("/dialog/" + dialogId + "/tindak-lanjut").with(as(u.perencana())).with(csrf())
                .param("uraian", "Kirim surat ke mitra").param("penanggungJawab", "Asdep").param("batas", "2026-09"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialog/" + dialogId + "/tindak-lanjut").with(as(u.perencana())).with(csrf())
                .param("uraian", "x").param("penanggungJawab", "y").param("batas", "bukan-bulan"))
                .andExpect(status().isBadRequest());
        // the unit page lists the open follow-up
        assertThat(mvc.perform(get("/unit/" + u.unitId()).with(as(u.perencana()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("panel-tl-dialog").contains("Kirim surat ke mitra");
        byte[] pdf = mvc.perform(get("/dialog/" + dialogId + "/cetak.pdf").with(as(u.perencana())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("RISALAH DIALOG KINERJA").contains("Data mitra terlambat")
                    .contains("Kirim surat ke mitra").contains("Jumlah rekomendasi kebijakan");
        }
        // the logbook print of the month
        mvc.perform(post("/logbook/unit/" + u.unitId()).with(as(u.perencana())).with(csrf())
                .param("tanggal", "2026-08-14").param("rincian", "Menyusun notulen rapat")
                .param("kategori", "PERLU_DISKUSI").param("tautan", "https://drive.example.go.id/n"))
                .andExpect(status().is3xxRedirection());
        byte[] logbook = mvc.perform(get("/logbook/unit/" + u.unitId() + "/cetak.pdf").param("bulan", "2026-08")
                .with(as(u.perencana()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(logbook)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Menyusun notulen rapat").contains("Perlu diskusi");
        }
        // the superior sees it in the inbox
        assertThat(mvc.perform(get("/kotak-masuk").with(as(u.pimpinan()))).andReturn().getResponse()
                .getContentAsString()).contains("Catatan harian bawahan perlu didiskusikan");
    }

    @Test
    void refusedOrStaleMinutesFollowUpsAndDecisionsKeepWhatWasTyped() throws Exception {
        DialogUji.masuk(users, u.perencana());
        Long d = dialog.catat(u.unitId(), new DialogKinerja.Risalah(java.time.LocalDate.of(2026, 8, 10),
                DialogKinerja.Tingkat.ORGANISASI, DialogKinerja.Bentuk.KELOMPOK, DialogKinerja.Sifat.BERKALA,
                "Ruang rapat", "Deputi Dialog", "Deputi", null, "Deputi, para Asdep", "Pemantauan TW III",
                "Rencana aksi berjalan", "Data mitra terlambat", "Jadwal mitra", "Percepat permintaan data", true,
                DialogKinerja.StatusSelesai.SELESAI, null, java.util.List.of()));
        Long tl = dialog.tambahTindakLanjut(d, "Kirim surat ke mitra", "Asdep", java.time.YearMonth.of(2026, 9));
        Long p = dialog.ajukanPermintaan(d, PermintaanPerubahan.Jenis.ANGGARAN, null, null,
                "Geser anggaran rapat ke kajian", "Rapat daring lebih hemat");
        SecurityContextHolder.clearContext();
        // minutes saved from a stale page: 409, the typed agenda kept, the form carries the stored version
        String html = mvc.perform(post("/dialog/" + d).with(as(u.perencana())).with(csrf())
                        .param("version", "7").param("tanggal", "2026-08-10").param("tingkat", "ORGANISASI")
                        .param("bentuk", "KELOMPOK").param("sifat", "BERKALA").param("statusSelesai", "SELESAI")
                        .param("pemimpinNama", "Deputi Dialog").param("peserta", "Para Asdep")
                        .param("agenda", "Agenda yang diketik ulang"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Risalah ini baru saja diubah orang lain").contains("Agenda yang diketik ulang")
                .doesNotContain("value=\"7\"");
        assertThat(jdbc.queryForObject("select agenda from dialog_kinerja where id = ?", String.class, d))
                .isEqualTo("Pemantauan TW III");
        // closing a follow-up without a note: 400 at the note; from a stale page: 409 with the note kept
        mvc.perform(post("/dialog/tindak-lanjut/" + tl + "/tutup").with(as(u.perencana())).with(csrf())
                        .param("version", "0").param("catatan", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"galat-catatan\"")));
        html = mvc.perform(post("/dialog/tindak-lanjut/" + tl + "/tutup").with(as(u.perencana())).with(csrf())
                        .param("version", "3").param("catatan", "Data diterima 3 September"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-tutup\"").contains("Tindak lanjut ini baru saja diubah")
                .contains("value=\"Data diterima 3 September\"");
        // a rejection without an answer: 400 at the answer; a stale approval: 409, the answer kept
        mvc.perform(post("/dialog/permintaan/" + p + "/tolak").with(as(u.pko())).with(csrf())
                        .param("version", "0").param("jawaban", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Penolakan wajib disertai jawaban")));
        html = mvc.perform(post("/dialog/permintaan/" + p + "/setujui").with(as(u.pko())).with(csrf())
                        .param("version", "4").param("jawaban", "Setuju, mulai TW IV"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-keputusan\"").contains("Permintaan ini baru saja diubah")
                .contains("value=\"Setuju, mulai TW IV\"");
        assertThat(jdbc.queryForObject("select status from permintaan_perubahan where id = ?", String.class, p))
                .isEqualTo("DIAJUKAN");
        assertThat(jdbc.queryForObject("select status from tindak_lanjut_dialog where id = ?", String.class, tl))
                .isEqualTo("TERBUKA");
        // the logbook answer: empty is 400 at the box, stale is 409 with the typed answer kept
        mvc.perform(post("/logbook/unit/" + u.unitId()).with(as(u.perencana())).with(csrf())
                        .param("tanggal", "2026-08-14").param("rincian", "Menyusun notulen rapat")
                        .param("kategori", "PERLU_DISKUSI"))
                .andExpect(status().is3xxRedirection());
        Long entri = jdbc.queryForObject("select max(id) from logbook_harian where unit_id = ?", Long.class,
                u.unitId());
        mvc.perform(post("/logbook/" + entri + "/jawab").with(as(u.pimpinan())).with(csrf())
                        .param("version", "0").param("jawaban", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"galat-jawaban\"")));
        html = mvc.perform(post("/logbook/" + entri + "/jawab").with(as(u.pimpinan())).with(csrf())
                        .param("version", "5").param("jawaban", "Bahas Senin pagi"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-jawab\"").contains("baru saja dijawab atau diubah")
                .contains("value=\"Bahas Senin pagi\"");
        mvc.perform(post("/logbook/" + entri + "/jawab").with(as(u.pimpinan())).with(csrf())
                        .param("version", "0").param("jawaban", "Bahas Senin pagi"))
                .andExpect(status().is3xxRedirection());
        // answered meanwhile: the stale page shows the stored answer and the one typed
        html = mvc.perform(post("/logbook/" + entri + "/jawab").with(as(u.pimpinan())).with(csrf())
                        .param("version", "0").param("jawaban", "Bahas Selasa"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"konflik-jawab\"").contains("Bahas Senin pagi")
                .contains("Bahas Selasa");
    }

    @Test
    void anotherUnitsPeopleGetForbiddenOrNotFound() throws Exception {
        mvc.perform(get("/dialog/unit/" + u.unitId()).with(as("marves.perencana"))).andExpect(status().isForbidden());
        mvc.perform(get("/logbook/unit/" + u.unitId()).with(as("kemenlu.pko"))).andExpect(status().isForbidden());
        mvc.perform(post("/dialog/unit/" + u.unitId()).with(as("kemenlu.pko")).with(csrf())
                .param("tanggal", "2026-08-10").param("agenda", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/dialog/987654321").with(as(u.perencana()))).andExpect(status().isNotFound());
        Long demoDialog = jdbc.queryForObject("select min(id) from dialog_kinerja where unit_id = "
                + "(select id from unit where kode = 'M-ASDEP-EN')", Long.class);
        if (demoDialog != null) {
            mvc.perform(get("/dialog/" + demoDialog + "/cetak.pdf").with(as(u.perencana())))
                    .andExpect(status().isForbidden());
        }
    }
}
