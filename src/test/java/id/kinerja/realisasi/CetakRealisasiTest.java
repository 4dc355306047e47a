package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.bukti.BerkasUji;
import id.kinerja.bukti.BuktiService;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.realisasi.analisis.AnalisisIku;
import id.kinerja.realisasi.analisis.AnalisisService;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Marves Tabel 6 and Kemenlu's quarterly realisation matrix, read back from the PDF. */
@IntegrationTest
class CetakRealisasiTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    CapaianKegiatanService kegiatan;

    @Autowired
    AnalisisService analisis;

    @Autowired
    BuktiService bukti;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    RencanaUji.Hasil r;
    static final int T = RencanaUji.TAHUN;

    @BeforeEach
    void siapkan() {
        PkUji.masuk(users, "admin");
        r = RencanaUji.buat(organisasi, perencanaan, renaksi);
        isi(r.ikuJumlah(), "TW1", "12", null, null);
        isi(r.ikuJumlah(), "TW2", "9", null, null);
        isi(r.ikuRasio(), "TW1", null, "9", "10");
        isi(r.ikuRasio(), "TW2", null, "17", "20");
        kegiatan.simpan(r.unitId(), T, 1, new CapaianKegiatanService.Masukan(r.kegiatanKajian(), null, false,
                new BigDecimal("60"), new BigDecimal("15000000"), "Draf kajian", "Data mitra terlambat"));
        analisis.simpan(r.unitId(), T, 2, r.ikuJumlah(), null, new AnalisisIku.Isi(null, "Rapat tertunda", null,
                "Jadwal narasumber", "Narasumber berhalangan", "Capaian di bawah trajektori"));
        analisis.tambahTindakLanjut(r.unitId(), T, 2, r.ikuJumlah(), "Jadwalkan ulang rapat koordinasi",
                "Kepala Bidang Kerja Sama", 3);
        Long nilaiTw2 = jdbc.queryForObject("select id from realisasi where iku_id = ? and nomor = 2", Long.class,
                r.ikuJumlah());
        byte[] berkas = BerkasUji.pdf();
        bukti.unggah("REALISASI", nilaiTw2, "Notulen rapat TW II.pdf", berkas.length,
                new ByteArrayResource(berkas));
        // many activities, so that the matrix runs over several pages
        jdbc.update("""
                insert into kegiatan_renaksi (iku_id, triwulan, nama, anggaran, bukti_dukung)
                select ?, 1 + g % 2, 'Kegiatan pendukung nomor ' || g, 1000000 * g, 'Laporan kegiatan ' || g
                from generate_series(1, 60) g
                """, r.ikuRasio());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private void isi(long iku, String periode, String nilai, String pembilang, String penyebut) {
        realisasi.simpan(r.unitId(), T, r.kode().get(iku), periode,
                new RealisasiService.Masukan(nilai, pembilang, penyebut, null, false, null), null);
    }

    private byte[] pdf(String jenis) throws Exception {
        return mvc.perform(get("/realisasi/{u}/{t}/tw/2/cetak/" + jenis + ".pdf", r.unitId(), T)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String halaman(PDDocument doc, int n) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void tabel6ListsTargetsActivitiesBudgetAchievementObstaclesAndFollowUps() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf("matriks-pelaksanaan"))) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("MATRIKS PELAKSANAAN RENCANA AKSI TRIWULAN 2 TAHUN " + T)
                    .contains("B03").contains("B06").contains("Penyusunan kajian kebijakan")
                    .contains("Rp 25.000.000").contains("Rp 15.000.000").contains("Data mitra terlambat")
                    .contains("Narasumber berhalangan").contains("Jadwalkan ulang rapat koordinasi")
                    .contains("Digitalisasi layanan antrean (IS)").contains("Kegiatan pendukung nomor 59")
                    .contains("Notulen rapat TW II.pdf")
                    .contains(BerkasUji.SHA256_CONTOH_PDF.substring(0, 12));
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4 landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(halaman(doc, p)).as("heading repeated on page " + p).contains("KRITERIA KEBERHASILAN");
            }
            String akhir = halaman(doc, doc.getNumberOfPages());
            assertThat(akhir).as("the signature travels with the last IKU's rows").contains("NIP")
                    .contains(r.kode().get(r.ikuOpini()));
        }
    }

    @Test
    void kemenluMatrixShowsTargetsAndRealisationsUpToTheQuarter() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf("matriks-renaksi-triwulanan"))) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("MATRIKS REALISASI RENAKSI TRIWULAN 2 TAHUN " + T).contains("s.d TW II")
                    .contains("Jumlah rekomendasi kebijakan").contains("Notulen rapat TW II.pdf")
                    .contains("NIP");
            // S1.1: target s.d. TW I 10, TW II 30; realisation 12 and 21; capaian 70,00 %
            assertThat(teks).contains("10 30 - - 12 21 - - 70,00%");
            assertThat(teks.replace(" ", "")).as("the file's SHA-256 in full")
                    .contains(BerkasUji.SHA256_CONTOH_PDF);
        }
    }

    @Test
    void anotherUnitsIdsAreRefused() throws Exception {
        var luar = user(users.loadUserByUsername("marves.pko"));
        for (String jenis : new String[] {"matriks-pelaksanaan", "matriks-renaksi-triwulanan"}) {
            mvc.perform(get("/realisasi/{u}/{t}/tw/2/cetak/" + jenis, r.unitId(), T).with(luar))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/realisasi/{u}/{t}/tw/2/cetak/" + jenis + ".pdf", r.unitId(), T).with(luar))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/realisasi/999999999/{t}/tw/2/cetak/" + jenis + ".pdf", T).with(luar))
                    .andExpect(status().isNotFound());
        }
        var admin = user(users.loadUserByUsername("admin"));
        mvc.perform(get("/realisasi/{u}/{t}/tw/2/cetak/matriks-pelaksanaan", r.unitId(), T).with(admin))
                .andExpect(status().isOk());
        mvc.perform(get("/realisasi/{u}/{t}/tw/9/cetak/matriks-pelaksanaan.pdf", r.unitId(), T).with(admin))
                .andExpect(status().isNotFound());
    }
}
