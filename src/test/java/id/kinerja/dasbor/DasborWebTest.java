package id.kinerja.dasbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import id.kinerja.platform.angka.AngkaIndonesia;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import id.kinerja.support.IntegrationTest;

/**
 * The dashboard, the matrix, their PDF and Excel and {@code GET /api/v1/capaian} show the same
 * numbers for a demo unit; the URL contract; reach with other units' codes.
 */
@IntegrationTest
class DasborWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor sebagai(String u) {
        return user(users.loadUserByUsername(u));
    }

    private String html(String url, String u) throws Exception {
        return mvc.perform(get(url).with(sebagai(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private byte[] berkas(String url, String u) throws Exception {
        return mvc.perform(get(url).with(sebagai(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static String tampil(JsonNode n) {
        return n == null || n.isNull() ? "—" : AngkaIndonesia.tulis(new BigDecimal(n.asString()), 2);
    }

    /** Bodies are rendered outside the MVC view (PenyajiDasbor): many at once must all succeed alike. */
    @Test
    void halamanSerentakSamaSemua() throws Exception {
        String ss = "/dasbor?unit=ROREN&tahun=2026&sd=TW3&ss=S1";
        String iku = new Halaman(html(ss, "kemenlu.pimpinan")).pertamaIku();
        List<String> url = List.of("/dasbor?unit=ROREN&tahun=2026&sd=TW3", ss, ss + "&iku=" + iku,
                "/dasbor?unit=KEMENLU&tahun=2026&sd=TW2&lang=en");
        List<String> harapan = new ArrayList<>();
        for (String u : url) {
            harapan.add(tanpaToken(html(u, "kemenlu.pko")));
        }
        var pelaksana = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> hasil = new ArrayList<>();
            // mostly the IKU level: it is rendered on every request, the others once per cached page
            for (int n = 0; n < 240; n++) {
                int k = n % 6 < 3 ? 2 : n % url.size();
                hasil.add(pelaksana.submit(() -> tanpaToken(html(url.get(k), "kemenlu.pko")).equals(harapan.get(k))));
            }
            for (var h : hasil) {
                assertThat(h.get()).isTrue();
            }
        } finally {
            pelaksana.shutdownNow();
        }
    }

    private static String tanpaToken(String html) {
        return html.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void angkaSamaDiDasborMatriksPdfExcelDanApi() throws Exception {
        for (String sd : List.of("TW2", "TW3")) {
            String q = "?unit=ROREN&tahun=2026&sd=" + sd;
            JsonNode api = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/capaian/ROREN/2026").param("sd", sd)
                    .with(httpBasic("kemenlu.pko", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            String skor = tampil(api.get("score"));
            assertThat(skor).isNotEqualTo("—");

            Halaman dasbor = new Halaman(html("/dasbor" + q, "kemenlu.pimpinan"));
            assertThat(dasbor.satu("skor-diri")).isEqualTo(skor);
            assertThat(dasbor.satu("predikat-diri")).isEqualTo(api.get("predikat").asString());

            Halaman matriks = new Halaman(html("/dasbor/matriks" + q, "kemenlu.pimpinan"));
            assertThat(matriks.satu("matriks-skor")).isEqualTo(skor);
            List<String> capaianApi = new ArrayList<>();
            api.get("indicators").forEach(i -> capaianApi.add(i.get("capaian").isNull() ? "n/a" : tampil(i.get("capaian"))));
            assertThat(matriks.teks("matriks-capaian")).isEqualTo(capaianApi);
            List<String> nssApi = new ArrayList<>();
            api.get("sasaran").forEach(s -> nssApi.add(tampil(s.get("nss"))));
            assertThat(matriks.teks("matriks-nss")).containsExactlyInAnyOrderElementsOf(nssApi);

            String pdfMatriks = teksPdf(berkas("/dasbor/matriks/cetak.pdf" + q, "kemenlu.pimpinan"));
            assertThat(pdfMatriks).contains(skor);
            capaianApi.stream().filter(c -> !c.equals("n/a")).forEach(c -> assertThat(pdfMatriks).contains(c));
            String pdfDasbor = teksPdf(berkas("/dasbor/cetak.pdf" + q, "kemenlu.pimpinan"));
            assertThat(pdfDasbor).contains(skor);

            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                    berkas("/dasbor/matriks/excel" + q, "kemenlu.pimpinan")))) {
                var sheet = wb.getSheetAt(0);
                Row akhir = sheet.getRow(sheet.getLastRowNum());
                assertThat(BigDecimal.valueOf(akhir.getCell(9).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(api.get("score").asString()));
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                    berkas("/dasbor/excel" + q, "kemenlu.pimpinan")))) {
                assertThat(BigDecimal.valueOf(wb.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(api.get("score").asString()));
            }
        }
    }


    /** A tiny reader of our own markup: texts of the elements with a data-testid (no nested tags). */
    record Halaman(String html) {

        List<String> teks(String testid) {
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("data-testid=\"" + Pattern.quote(testid) + "\"[^>]*>([^<]*)<").matcher(html);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
            return out;
        }

        String satu(String testid) {
            return teks(testid).get(0);
        }

        List<String> atribut(String nama) {
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile(nama + "=\"([^\"]+)\"").matcher(html);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        /** The first link inside the element with this data-testid. */
        String tautanPertama(String testid) {
            int i = html.indexOf("data-testid=\"" + testid + "\"");
            assertThat(i).as(testid).isNotNegative();
            Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
            assertThat(m.find(i)).isTrue();
            return m.group(1).replace("&amp;", "&");
        }

        boolean ada(String testid) {
            return html.contains("data-testid=\"" + testid + "\"");
        }

        /** The code of the first IKU the page links to. */
        String pertamaIku() {
            Matcher m = Pattern.compile("[?&;]iku=([^&\"#]+)").matcher(html);
            assertThat(m.find()).as("a link to an IKU").isTrue();
            return m.group(1);
        }
    }

    private static String teksPdf(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void unitBawahDanDrillDownSampaiBukti() throws Exception {
        Halaman d = new Halaman(html("/dasbor?unit=SETJEN&tahun=2026&sd=TW3", "kemenlu.pimpinan"));
        assertThat(d.atribut("data-unit")).contains("ROREN", "ROKEU");
        assertThat(d.teks("nilai-tren")).hasSize(3);
        Halaman per = new Halaman(html("/dasbor?unit=ROREN&tahun=2026&sd=TW2", "kemenlu.pimpinan"));
        String keSs = per.tautanPertama("drill-perspektif");
        Halaman ss = new Halaman(html(keSs, "kemenlu.pimpinan"));
        String keIku = ss.tautanPertama("drill-ss");
        Halaman iku = new Halaman(html(keIku, "kemenlu.pimpinan"));
        String keNilai = iku.tautanPertama("drill-iku");
        Halaman nilai = new Halaman(html(keNilai, "kemenlu.pimpinan"));
        assertThat(nilai.ada("drill-nilai")).isTrue();
        assertThat(nilai.html().split("breadcrumb-item").length - 1).isEqualTo(4);
        // breadcrumbs back: the first leads to the unit level again
        Halaman kembali = new Halaman(html(nilai.tautanPertama("remah"), "kemenlu.pimpinan"));
        assertThat(kembali.ada("drill-perspektif")).isTrue();
    }

    @Test
    void ckpTahunanJabatanIndividu() throws Exception {
        Halaman d = new Halaman(html("/dasbor?unit=ROREN-PK-EVA-01&tahun=2026&sd=TW4", "kemenlu.pimpinan"));
        assertThat(d.html()).contains("CKP");
        String tahunan = d.html().replaceAll("(?s).*data-testid=\"ckp-tahunan\">\\s*<strong>([^<]*)</strong>.*", "$1");
        // the demo position has one PK version in force all year: CKP tahunan = its CKP s.d. TW IV
        assertThat(tahunan).startsWith("CKP tahunan: ").endsWith(": " + d.satu("skor-diri"));
        assertThat(d.satu("skor-diri")).isNotEqualTo("—");
    }

    @Test
    void kontrakUrlDanJangkauan() throws Exception {
        // ASPASAF's head does not reach Setjen; Marves' PKO does not reach Kemenlu
        for (String url : List.of("/dasbor", "/dasbor/cetak", "/dasbor/cetak.pdf", "/dasbor/excel", "/dasbor/matriks",
                "/dasbor/matriks/cetak", "/dasbor/matriks/cetak.pdf", "/dasbor/matriks/excel")) {
            mvc.perform(get(url).param("unit", "SETJEN").param("tahun", "2026").param("sd", "TW3")
                    .with(sebagai("kemenlu.pimpinan2"))).andExpect(status().isForbidden());
            mvc.perform(get(url).param("unit", "KEMENLU").param("tahun", "2026").param("sd", "TW3")
                    .with(sebagai("marves.pko"))).andExpect(status().isForbidden());
            mvc.perform(get(url).param("unit", "TIDAK-ADA-UNIT").param("tahun", "2026").param("sd", "TW3")
                    .with(sebagai("kemenlu.pko"))).andExpect(status().isNotFound());
            mvc.perform(get(url).param("unit", "SETJEN").param("tahun", "2026").param("sd", "TW9")
                    .with(sebagai("kemenlu.pko"))).andExpect(status().isBadRequest());
            mvc.perform(get(url).param("unit", "SETJEN").param("tahun", "99999").param("sd", "TW1")
                    .with(sebagai("kemenlu.pko"))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/dasbor/peringkat").param("unit", "KEMENLU").param("sd", "TW3")
                .with(sebagai("marves.pko"))).andExpect(status().isForbidden());
        // no unit: the viewer's own
        Halaman own = new Halaman(html("/dasbor?tahun=2026&sd=TW3", "kemenlu.pimpinan2"));
        assertThat(own.satu("dasbor-unit")).contains("Asia Pasifik");
    }

    @Test
    void peringkatUntukSemuaTandaHanyaUntukPkoPusat() throws Exception {
        Halaman pko = new Halaman(html("/dasbor/peringkat?unit=KEMENLU&tahun=2026&sd=TW3", "kemenlu.pko"));
        assertThat(pko.ada("tanda")).isTrue();
        assertThat(pko.atribut("data-unit")).isNotEmpty();
        Halaman staf = new Halaman(html("/dasbor/peringkat?unit=ROREN&tahun=2026&sd=TW3", "kemenlu.perencana"));
        assertThat(staf.atribut("data-unit")).isNotEmpty();
        assertThat(staf.ada("tanda")).isFalse();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                berkas("/dasbor/peringkat/excel?unit=KEMENLU&tahun=2026&sd=TW4", "kemenlu.pko")))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isPositive();
        }
    }
}
