package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.sun.management.ThreadMXBean;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.UnitUji;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, finding 4: a small workbook that inflates to ~100 MB, or holds 100,000 rows, is
 * refused with a message before it is parsed (streamed, bounded), allocating a few megabytes;
 * only a few imports run at once; uploads over the limits get Indonesian messages, not
 * Tomcat's English 413.
 */
@IntegrationTest
class ImporExcelBatasTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PembacaXlsx pembaca;

    @LocalServerPort
    int port;

    @Autowired
    UnitService units;

    private Long pk;

    /** A fresh sibling of KBRI-TOKYO-POL with a draft 2026 PK, made once per test (each test its own). */
    private long pkId() {
        if (pk == null) {
            pk = UnitUji.pkSaudara(users, units, perencanaan, jdbc, "KBRI-TOKYO-POL", "EXCEL-BATAS");
        }
        return pk;
    }

    /**
     * A real .xlsx (written by POI) whose sheet XML is replaced by {@code baris} rows of {@code teks}
     * in column A, streamed into the zip so the test itself stays small.
     */
    private static byte[] bom(int baris, String teks) throws IOException {
        byte[] dasar;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Data");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Sasaran Strategis");
            wb.write(out);
            dasar = out.toByteArray();
        }
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dasar));
                ZipOutputStream out = new ZipOutputStream(hasil)) {
            out.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    tulisLembar(out, baris, teks);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return hasil.toByteArray();
    }

    private static void tulisLembar(OutputStream out, int baris, String teks) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Sasaran Strategis</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] isi = ("\"><is><t>" + teks + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8);
        for (int r = 2; r <= baris + 1; r++) {
            out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr").getBytes(StandardCharsets.UTF_8));
            out.write(isi);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    private static long dialokasikan() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private String unggah(byte[] isi) throws Exception {
        UserDetails u = users.loadUserByUsername("kemenlu.pko");
        return mvc.perform(multipart("/perencanaan/pk/{id}/impor", pkId())
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pkId())))
                        .file(new MockMultipartFile("berkas", "bom.xlsx", XLSX, isi)).with(user(u)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aWorkbookInflatingFarBeyondTheLimitIsRefusedBeforeParsing() throws Exception {
        // ~100 MB of sheet XML in a file of a few hundred kilobytes (POI's 100:1 ratio check would pass 70:1)
        byte[] isi = bom(50_000, "x".repeat(2_000));
        assertThat(isi.length).isLessThan(PkExcelService.MAKS_BYTE);
        long sebelum = dialokasikan();
        String halaman = unggah(isi);
        long alokasi = dialokasikan() - sebelum;
        System.out.printf("bomb workbook: %d bytes compressed, refused after allocating %d MB%n", isi.length,
                alokasi / (1024 * 1024));
        assertThat(halaman).contains("Isi berkas setelah dibuka melebihi 30 MB");
        assertThat(alokasi).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aSheetWithTooManyRowsStopsAtTheRowLimitWhileStreaming() throws Exception {
        // 150,000 short rows: about 10 MB inflated, under the size cap, so the row cap must stop it
        byte[] isi = bom(150_000, "SS");
        long sebelum = dialokasikan();
        String halaman = unggah(isi);
        long alokasi = dialokasikan() - sebelum;
        System.out.printf("150,000-row workbook: %d bytes, refused after allocating %d MB%n", isi.length,
                alokasi / (1024 * 1024));
        assertThat(halaman).contains("Berkas berisi lebih dari 1000 baris data");
        assertThat(alokasi).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void dataFarToTheRightIsRefusedWithTheCell() throws Exception {
        byte[] isi;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("Sasaran Strategis");
            s.createRow(1).createCell(16_000).setCellValue("jauh");
            wb.write(out);
            isi = out.toByteArray();
        }
        assertThat(unggah(isi)).contains("Ada data di sel WQK2; hanya kolom A sampai CV yang dibaca");
    }

    @Test
    void beyondTheConcurrentImportsTheUserIsToldToTryAgain() throws Exception {
        int bebas = pembaca.serentak.availablePermits();
        pembaca.serentak.acquire(bebas);
        try {
            assertThat(unggah(bom(1, "SS"))).contains("Server sedang sibuk memproses impor lain");
        } finally {
            pembaca.serentak.release(bebas);
        }
        assertThat(unggah(bom(1, "SS"))).doesNotContain("Server sedang sibuk");
    }

    // --- over HTTP, through Tomcat's multipart parsing and Spring Security's CSRF check

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VERSI = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private HttpClient masuk() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=kemenlu.pko&password=demo&_csrf=" + token(login);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("csrf token in page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> unggahHttp(HttpClient http, int ukuran) throws Exception {
        String halaman = http.send(HttpRequest.newBuilder(uri("/perencanaan/pk/" + pkId() + "/impor")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String batas = "----kinerja" + System.nanoTime();
        List<byte[]> bagian = new ArrayList<>();
        Matcher versi = VERSI.matcher(halaman);
        assertThat(versi.find()).as("PK version in the upload form").isTrue();
        bagian.add(("--" + batas + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token(halaman)
                + "\r\n--" + batas + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + versi.group(1)
                + "\r\n--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"besar.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        bagian.add(new byte[ukuran]);
        bagian.add(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/perencanaan/pk/" + pkId() + "/impor"))
                .header("Content-Type", "multipart/form-data; boundary=" + batas)
                .header("Accept-Language", "id-ID")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(bagian)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTwentyMegabyteWorkbookGetsTheImportFormWithTheIndonesianMessage() throws Exception {
        HttpResponse<String> r = unggahHttp(masuk(), 20 * 1024 * 1024);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Ukuran berkas melebihi 2 MB").contains("data-testid=\"form-impor\"");
    }

    @Test
    void anApiUploadOverTheGlobalLimitGets413ProblemJson() throws Exception {
        String batas = "----kinerja" + System.nanoTime();
        List<byte[]> bagian = List.of(("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; "
                + "filename=\"besar.bin\"\r\n\r\n").getBytes(StandardCharsets.UTF_8), new byte[30 * 1024 * 1024],
                ("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/unit"))
                .header("Content-Type", "multipart/form-data; boundary=" + batas)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(bagian)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":413");
    }

    @Test
    void anUploadOverTheGlobalLimitGetsAnIndonesian413Page() throws Exception {
        HttpResponse<String> r = unggahHttp(masuk(), 30 * 1024 * 1024);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Berkas terlalu besar").contains("melebihi batas ukuran 25MB");
    }
}
