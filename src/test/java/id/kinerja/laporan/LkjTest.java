package id.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LKj cycle on demo data: drafted from the score service, a narrative edited, submitted,
 * signed by the head, read back from the PDF (PDFBox) and the .docx (POI) with the numbers of the
 * capaian API, archived with its hash, frozen afterwards.
 */
@IntegrationTest
class LkjTest {

    static final String UNIT = "ROREN";
    static final String BASIS = "/laporan/lkj/" + UNIT + "/2026/TW3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @BeforeEach
    void bersihkan() {
        // this test's own report only: the demo's TW II draft stays
        jdbc.update("delete from lkj_arsip where lkj_id in (select l.id from lkj l join unit u on u.id = l.unit_id "
                + "where u.kode = ? and l.tahun = 2026 and l.periode = 'TW3')", UNIT);
        jdbc.update("delete from penyusun_dokumen where jenis = 'LKJ' and dokumen_id in (select l.id from lkj l "
                + "join unit u on u.id = l.unit_id where u.kode = ? and l.tahun = 2026 and l.periode = 'TW3')", UNIT);
        jdbc.update("delete from lkj_bagian where lkj_id in (select l.id from lkj l join unit u on u.id = l.unit_id "
                + "where u.kode = ? and l.tahun = 2026 and l.periode = 'TW3')", UNIT);
        jdbc.update("delete from lkj where periode = 'TW3' and tahun = 2026 and unit_id = (select id from unit "
                + "where kode = ?)", UNIT);
    }

    private MockHttpServletRequestBuilder sebagai(MockHttpServletRequestBuilder b, String username) {
        return b.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private MvcResult minta(MockHttpServletRequestBuilder b, String username) throws Exception {
        return mvc.perform(sebagai(b, username)).andReturn();
    }

    record Angka(BigDecimal target, BigDecimal realisasi, BigDecimal capaian) {
    }

    private Map<String, Angka> dariApi(String unit, String sd) throws Exception {
        MvcResult r = minta(get("/api/v1/capaian/" + unit + "/2026").param("sd", sd), "kemenlu.pko");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode n = JsonMapper.builder().build().readTree(r.getResponse().getContentAsString());
        Map<String, Angka> out = new HashMap<>();
        for (JsonNode i : n.get("indicators")) {
            out.put(i.get("code").asString(), new Angka(dec(i.get("target")), dec(i.get("realisasi")),
                    dec(i.get("capaian"))));
        }
        return out;
    }

    private static BigDecimal dec(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private static BigDecimal baca(String teks) {
        if (teks == null || teks.isBlank() || teks.equals("n/a")) {
            return null;
        }
        return AngkaIndonesia.baca(teks, BatasAngka.NILAI).nilai();
    }

    private static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Test
    void triwulanIiiDrafTulisAjukanTandatanganiBacaKembali() throws Exception {
        Map<String, Angka> api = dariApi(UNIT, "TW3");
        assertThat(api).isNotEmpty();
        String kode = api.keySet().stream().sorted().findFirst().orElseThrow();
        String kunci = "IKU:" + kode + ":NARASI";

        // drafted from data: the page shows the generated narrative
        MvcResult halaman = minta(get(BASIS), "kemenlu.perencana");
        assertThat(halaman.getResponse().getStatus()).isEqualTo(200);
        assertThat(halaman.getResponse().getContentAsString()).contains("Realisasi s.d. TW III sebesar");

        // the planner writes a narrative; a second save on the version read before is refused (409)
        String narasi = "Narasi uji: capaian didorong oleh percepatan koordinasi lintas unit.";
        MvcResult simpan = minta(post(BASIS + "/bagian").param("kunci", kunci).param("teks", narasi)
                .param("version", ""), "kemenlu.perencana");
        assertThat(simpan.getResponse().getStatus()).isEqualTo(302);
        MvcResult basi = minta(post(BASIS + "/bagian").param("kunci", kunci).param("teks", "Versi lain")
                .param("version", ""), "kemenlu.perencana");
        assertThat(basi.getResponse().getStatus()).isEqualTo(409);
        assertThat(basi.getResponse().getContentAsString()).contains("Versi lain");
        // a key that is not a section of this report
        assertThat(minta(post(BASIS + "/bagian").param("kunci", "IKU:TIDAKADA:NARASI").param("teks", "x"),
                "kemenlu.perencana").getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'LkjBagian'", Long.class))
                .isPositive();

        // a planner cannot sign; the head signs what the planner submitted
        assertThat(minta(post(BASIS + "/ajukan"), "kemenlu.perencana").getResponse().getStatus()).isEqualTo(302);
        assertThat(minta(post(BASIS + "/tandatangani"), "kemenlu.perencana").getResponse().getStatus())
                .isEqualTo(403);
        // the ministry's performance manager may approve plans but does not sign in the head's name
        assertThat(minta(post(BASIS + "/tandatangani"), "kemenlu.pko").getResponse().getStatus()).isEqualTo(403);
        assertThat(minta(post(BASIS + "/kembalikan"), "kemenlu.pko").getResponse().getStatus()).isEqualTo(403);
        assertThat(minta(post(BASIS + "/tandatangani"), "kemenlu.pimpinan").getResponse().getStatus())
                .isEqualTo(302);

        // frozen: no edit, no resubmission
        assertThat(minta(post(BASIS + "/bagian").param("kunci", kunci).param("teks", "ubah").param("version", "0"),
                "kemenlu.perencana").getResponse().getStatus()).isIn(400, 409);
        assertThat(minta(post(BASIS + "/ajukan"), "kemenlu.perencana").getResponse().getStatus()).isEqualTo(400);
        assertThat(minta(post(BASIS + "/tandatangani"), "kemenlu.pimpinan").getResponse().getStatus())
                .isEqualTo(400);

        // the PDF: the signed copy, its hash, the narrative and every IKU's numbers
        MvcResult pdf = minta(get(BASIS + ".pdf"), "kemenlu.perencana");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        byte[] pdfBytes = pdf.getResponse().getContentAsByteArray();
        String hash = LkjArsip.sha256(pdfBytes);
        assertThat(pdf.getResponse().getHeader("X-Kinerja-SHA256")).isEqualTo(hash);
        String teks;
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            teks = new PDFTextStripper().getText(doc);
        }
        String rata = teks.replaceAll("\\s+", " ");
        assertThat(rata).contains("LAPORAN KINERJA (LKj) TRIWULAN").contains("s.d. Triwulan III Tahun 2026")
                .contains(narasi).contains("Matriks Informasi Kinerja").contains("Matriks Nilai Capaian Kinerja")
                .contains("Matriks Realisasi Renaksi").doesNotContain("DRAF");
        for (Map.Entry<String, Angka> e : api.entrySet()) {
            assertThat(rata).contains(e.getKey());
            if (e.getValue().capaian() != null) {
                assertThat(rata).contains(LkjPenyusun.persen(e.getValue().capaian()));
            }
        }
        // served again: the same frozen bytes
        assertThat(minta(get(BASIS + ".pdf"), "kemenlu.pimpinan").getResponse().getContentAsByteArray())
                .isEqualTo(pdfBytes);

        // the .docx: real tables; the Matriks Informasi Kinerja rows equal the API per IKU
        MvcResult docx = minta(get(BASIS + ".docx"), "kemenlu.perencana");
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            List<String> judul = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())) {
                    judul.add(p.getText());
                }
            }
            assertThat(judul).anyMatch(j -> j.contains("Matriks Informasi Kinerja"));
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains(narasi);
            XWPFTable info = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("SS/IKU")
                            && t.getRow(0).getTableCells().size() == 7)
                    .findFirst().orElseThrow();
            int dicek = 0;
            for (XWPFTableRow row : info.getRows().subList(1, info.getRows().size())) {
                Angka a = api.get(row.getCell(0).getText());
                if (a == null) {
                    continue; // an SS row
                }
                assertThat(sama(baca(row.getCell(3).getText()), a.target())).as("target " + row.getCell(0).getText())
                        .isTrue();
                assertThat(sama(baca(row.getCell(4).getText()), a.realisasi())).as("realisasi").isTrue();
                assertThat(sama(baca(row.getCell(5).getText()), a.capaian())).as("capaian").isTrue();
                dicek++;
            }
            assertThat(dicek).isEqualTo(api.size());
        }

        // the archive lists both files with their hashes
        long unitId = DemoUnits.id(jdbc, UNIT);
        String arsip = minta(get("/laporan/arsip/" + unitId + "/2026"), "kemenlu.perencana").getResponse()
                .getContentAsString();
        assertThat(arsip).contains(hash).contains(BASIS + ".pdf").contains(BASIS + ".docx");
        assertThat(jdbc.queryForObject("select simpan_sampai from lkj_arsip a join lkj l on l.id = a.lkj_id "
                + "where l.unit_id = ? and l.periode = 'TW3'", LocalDate.class, unitId))
                .isEqualTo(Waktu.hariIni(clock).plusYears(6));
    }

    @Test
    void tahunanEselonIiMarvesBabIiiDenganKolomSebelumnyaDanRenstra() throws Exception {
        MvcResult r = minta(get("/laporan/lkj/M-ASDEP-EN/2026/TAHUN.docx"), "marves.pko");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            List<String> judul = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(judul).contains("Kata Pengantar", "Ikhtisar Eksekutif", "BAB I Pendahuluan",
                    "BAB II Perencanaan Kinerja", "BAB III Akuntabilitas Kinerja", "BAB IV Penutup");
            XWPFTable bab3 = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 8
                            && t.getRow(0).getCell(5).getText().equals("Capaian Periode Sebelumnya"))
                    .findFirst().orElseThrow();
            assertThat(bab3.getRow(0).getCell(6).getText()).isEqualTo("Target Akhir Renstra");
            assertThat(bab3.getRow(0).getCell(7).getText()).isEqualTo("Target Nasional/RPJMN");
            assertThat(bab3.getRows()).hasSizeGreaterThan(1);
            for (XWPFTableRow row : bab3.getRows().subList(1, bab3.getRows().size())) {
                assertThat(row.getCell(5).getText()).as("capaian 2025 (Renstra record)").isEqualTo("98");
                assertThat(baca(row.getCell(6).getText())).as("target akhir Renstra").isNotNull();
            }
        }
        // the PDF of the same report has its table of contents with page numbers
        MvcResult pdf = minta(get("/laporan/lkj/M-ASDEP-EN/2026/TAHUN.pdf"), "marves.pko");
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("Daftar Isi").contains("Capaian Periode Sebelumnya");
            assertThat(teks).containsPattern("BAB III Akuntabilitas Kinerja\\s*\\.*\\s*\\d+");
        }
    }

    @Test
    void jabatanIndividuMendapatVarianBukanPemilikPeta() throws Exception {
        MvcResult r = minta(get("/laporan/lkj/ROREN-PK-EVA-01/2026/TW3.pdf"), "kemenlu.pko");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("Nama Pegawai").contains("NIP").contains("Matriks Capaian Kinerja Pegawai")
                    .doesNotContain("Matriks Realisasi Renaksi");
        }
    }

    @Test
    void unitLainDitolak() throws Exception {
        long marves = DemoUnits.id(jdbc, "M-ASDEP-EN");
        for (String url : List.of("/laporan/lkj/M-ASDEP-EN/2026/TW3", "/laporan/lkj/M-ASDEP-EN/2026/TW3.pdf",
                "/laporan/lkj/M-ASDEP-EN/2026/TAHUN.docx", "/laporan/arsip/" + marves + "/2026",
                "/laporan/unit/" + marves, "/renstra/" + marves, "/renstra/" + marves + "/2025")) {
            assertThat(minta(get(url), "kemenlu.perencana").getResponse().getStatus()).as(url).isEqualTo(403);
        }
        for (String url : List.of("/laporan/lkj/M-ASDEP-EN/2026/TW3/bagian", "/laporan/lkj/M-ASDEP-EN/2026/TW3/ajukan",
                "/laporan/lkj/M-ASDEP-EN/2026/TW3/tandatangani", "/laporan/lkj/M-ASDEP-EN/2026/TW3/kembalikan")) {
            assertThat(minta(post(url).param("kunci", "x").param("teks", "x"), "kemenlu.pimpinan").getResponse()
                    .getStatus()).as(url).isEqualTo(403);
        }
        assertThat(minta(get("/laporan/lkj/TIDAK-ADA/2026/TW3.pdf"), "kemenlu.pko").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(minta(get("/laporan/lkj/ROREN/2026/TW4.pdf"), "kemenlu.pko").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(minta(get("/laporan/lkj/ROREN/99999/TW3.pdf"), "kemenlu.pko").getResponse().getStatus())
                .isEqualTo(404);
        // the index lists only units within reach
        String indeks = minta(get("/laporan"), "kemenlu.perencana").getResponse().getContentAsString();
        assertThat(indeks).contains("Biro Perencanaan").doesNotContain("Asisten Deputi Energi");
    }

    @Test
    void demoPunyaDrafTwIiDenganNarasiPerencana() throws Exception {
        assertThat(jdbc.queryForObject("select l.status from lkj l join unit u on u.id = l.unit_id where u.kode = ? "
                + "and l.tahun = 2026 and l.periode = 'TW2'", String.class, UNIT)).isEqualTo("DRAF");
        String halaman = minta(get("/laporan/lkj/" + UNIT + "/2026/TW2"), "kemenlu.perencana").getResponse()
                .getContentAsString();
        assertThat(halaman).contains("Rapat koordinasi bulanan dengan unit pelaksana");
    }
}
