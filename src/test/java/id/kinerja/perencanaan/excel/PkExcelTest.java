package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.UnitUji;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Excel template, import and export of a PK's SS / IKU / targets, on the PK of Direktorat Asia
 * Selatan dan Tengah (a Kemenlu map owner) drafted by the central PKO.
 */
@IntegrationTest
class PkExcelTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> JUDUL = List.of("Kode IKU", "Sasaran Strategis", "Perspektif", "Posisi SS",
            "Nama IKU", "Definisi", "Formula", "Tujuan", "Satuan", "Validitas", "Kendali", "Kualitas",
            "Penanggung jawab", "Penyedia data", "Sumber data", "Jenis cascading", "Metode cascading",
            "Konsolidasi periode", "Konsolidasi lokasi", "Polarisasi", "Periode pelaporan",
            "Target maksimum (Ya/Tidak)", "Target", "Target bawah", "Target atas", "TW I", "TW II", "TW III", "TW IV",
            "Semester I", "Semester II", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerencanaanService perencanaan;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Autowired
    UnitService units;

    private Long pk;

    /** A fresh sibling of ASELTENG with a draft 2026 PK, made once per test (each test its own). */
    private long pkId() {
        if (pk == null) {
            pk = UnitUji.pkSaudara(users, units, perencanaan, jdbc, "ASELTENG", "EXCEL");
        }
        return pk;
    }

    // --- workbook helpers

    private static Map<String, Object> baris(Object... pasangan) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pasangan.length; i += 2) {
            m.put((String) pasangan[i], pasangan[i + 1]);
        }
        return m;
    }

    @SafeVarargs
    private static byte[] buku(Map<String, Object>... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("IKU");
            Row h = s.createRow(0);
            for (int i = 0; i < JUDUL.size(); i++) {
                h.createCell(i).setCellValue(JUDUL.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (Map.Entry<String, Object> e : rows[r].entrySet()) {
                    int c = JUDUL.indexOf(e.getKey());
                    assertThat(c).as(e.getKey()).isNotNegative();
                    if (e.getValue() instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(e.getValue()));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Object> iku(String ss, String perspektif, String nama, Object target) {
        return baris("Sasaran Strategis", ss, "Perspektif", perspektif, "Nama IKU", nama,
                "Definisi", "Definisi " + nama, "Formula", "Formula " + nama, "Satuan", "dokumen",
                "Validitas", "PROXY", "Kendali", "MODERATE", "Jenis cascading", "N", "Konsolidasi periode", "SUM",
                "Polarisasi", "MAXIMIZE", "Periode pelaporan", "TRIWULAN", "Target", target);
    }

    private MvcResult unggah(long pk, byte[] isi, String nama, String akun) throws Exception {
        return mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                        .file(new MockMultipartFile("berkas", nama, XLSX, isi)).with(as(akun)).with(csrf()))
                .andReturn();
    }

    private int jumlah(String tabel) {
        return jdbc.queryForObject("select count(*) from " + tabel, Integer.class);
    }

    private static String teks(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static BigDecimal angka(Cell c) {
        return c.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(c.getNumericCellValue())
                : new BigDecimal(c.getStringCellValue());
    }

    // --- tests

    @Test
    void templateHasTheIndonesianHeadingsDropDownsAndInstructions() throws Exception {
        long pk = pkId();
        MvcResult r = mvc.perform(get("/perencanaan/pk/{id}/templat.xlsx", pk).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet data = wb.getSheet("IKU");
            assertThat(data).isNotNull();
            List<String> judul = new ArrayList<>();
            data.getRow(0).forEach(c -> judul.add(c.getStringCellValue()));
            assertThat(judul).containsExactlyElementsOf(JUDUL);
            assertThat(data.getLastRowNum()).isZero();
            assertThat(data.getDataValidations()).isNotEmpty();
            StringBuilder petunjuk = new StringBuilder();
            wb.getSheet("Petunjuk").forEach(row -> row.forEach(c -> petunjuk.append(teks(c)).append('\n')));
            assertThat(petunjuk.toString()).contains(jdbc.queryForObject("select u.nama from unit u join "
                            + "perjanjian_kinerja p on p.unit_id = u.id where p.id = ?", String.class, pk))
                    .contains("MAXIMIZE").contains("STABILIZE").contains("INTERNAL_PROCESS")
                    .contains("TAKE_LAST_KNOWN").contains("TRIWULAN").contains("EXACT");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties id = new Properties();
        Properties en = new Properties();
        try (var a = getClass().getResourceAsStream("/messages/excel.properties");
                var b = getClass().getResourceAsStream("/messages/excel_en.properties")) {
            id.load(new InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        assertThat(id.stringPropertyNames()).allMatch(k -> k.startsWith("excel."));
        for (Kolom k : Kolom.values()) {
            assertThat(id.getProperty(k.judulKey())).as(k.name()).isEqualTo(JUDUL.get(k.ordinal()));
        }
    }

    @Test
    void validWorkbookIsImportedThenExportedAndReimported() throws Exception {
        long pk = pkId();
        String ss1 = "Meningkatnya peran Indonesia di kawasan Asia Selatan dan Tengah";
        String ss2 = "Terselenggaranya layanan diplomasi kawasan yang efektif";
        Map<String, Object> a = iku(ss1, "STAKEHOLDER", "Jumlah kesepakatan kerja sama kawasan", 12);
        a.putAll(baris("Posisi SS", 1, "TW I", 2, "TW II", 3, "TW III", "3", "TW IV", 4, "Kode IKU", ""));
        Map<String, Object> b = iku(ss1, "stakeholder", "Persentase rekomendasi kebijakan yang ditindaklanjuti",
                "80");
        b.putAll(baris("Satuan", "%", "Validitas", "exact", "Kendali", "moderate", "Konsolidasi periode",
                "take_last_known", "Polarisasi", "maximize", "Target maksimum (Ya/Tidak)", "Tidak",
                "TW I", "70,5", "TW II", 75, "TW III", 78, "TW IV", 80));
        Map<String, Object> c = iku(ss2, "INTERNAL_PROCESS", "Indeks kepuasan pemangku kepentingan", "3,5");
        c.putAll(baris("Kendali", "HIGH", "Konsolidasi periode", "AVERAGE", "TW I", "3,5", "TW II", "3,5",
                "TW III", 3.5, "TW IV", "3,5", "Penanggung jawab", "Direktur Asia Selatan dan Tengah"));

        MvcResult r = mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                        .file(new MockMultipartFile("berkas", "iku.xlsx", XLSX, buku(a, b, c)))
                        .with(as("kemenlu.pko")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/perencanaan/pk/" + pk))
                .andExpect(flash().attribute("pesanKode", "excel.impor.berhasil"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);

        List<Map<String, Object>> ikus = jdbc.queryForList("select i.id, i.kode, i.nama, i.target from iku i "
                + "join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by i.kode", pk);
        assertThat(ikus).extracting(m -> m.get("kode")).containsExactly("S1.1-N", "S1.2-N", "S2.1-N");
        assertThat(ikus).extracting(m -> m.get("nama")).containsExactly("Jumlah kesepakatan kerja sama kawasan",
                "Persentase rekomendasi kebijakan yang ditindaklanjuti", "Indeks kepuasan pemangku kepentingan");
        assertThat(ikus).extracting(m -> (BigDecimal) m.get("target")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12"), new BigDecimal("80"), new BigDecimal("3.5"));
        assertThat(jdbc.queryForList("select kode from sasaran_strategis where pk_id = ? order by kode",
                String.class, pk)).containsExactly("S1", "S2");
        for (Map<String, Object> i : ikus) {
            assertThat(jdbc.queryForObject("select count(*) from target_periode where iku_id = ? "
                    + "and jenis_periode = 'TRIWULAN' and target is not null", Integer.class, i.get("id")))
                    .as("trajectory of %s", i.get("kode")).isEqualTo(4);
        }
        assertThat(jdbc.queryForList("select t.target from target_periode t join iku i on i.id = t.iku_id "
                + "where i.id = ? order by t.nomor", BigDecimal.class, ikus.get(1).get("id")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("70.5"), new BigDecimal("75"), new BigDecimal("78"),
                        new BigDecimal("80"));

        // the PK page links to both
        mvc.perform(get("/perencanaan/pk/{id}", pk).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/perencanaan/pk/" + pk
                        + "/ekspor.xlsx")))
                .andExpect(content().string(Matchers.containsString("/perencanaan/pk/" + pk
                        + "/impor")));

        // export: same names and targets, in the template's columns
        byte[] ekspor = mvc.perform(get("/perencanaan/pk/{id}/ekspor.xlsx", pk).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(ekspor))) {
            Sheet s = wb.getSheet("IKU");
            Map<String, Row> perNama = new LinkedHashMap<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                perNama.put(teks(s.getRow(i).getCell(JUDUL.indexOf("Nama IKU"))), s.getRow(i));
            }
            assertThat(perNama.keySet()).containsExactly("Jumlah kesepakatan kerja sama kawasan",
                    "Persentase rekomendasi kebijakan yang ditindaklanjuti", "Indeks kepuasan pemangku kepentingan");
            Row persen = perNama.get("Persentase rekomendasi kebijakan yang ditindaklanjuti");
            assertThat(teks(persen.getCell(JUDUL.indexOf("Kode IKU")))).isEqualTo("S1.2-N");
            assertThat(teks(persen.getCell(JUDUL.indexOf("Sasaran Strategis")))).isEqualTo(ss1);
            assertThat(teks(persen.getCell(JUDUL.indexOf("Konsolidasi periode"))))
                    .isEqualTo("Ambil nilai terakhir yang diketahui");
            assertThat(persen.getCell(JUDUL.indexOf("Target")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(angka(persen.getCell(JUDUL.indexOf("Target")))).isEqualByComparingTo("80");
            assertThat(angka(persen.getCell(JUDUL.indexOf("TW I")))).isEqualByComparingTo("70.5");
            assertThat(angka(persen.getCell(JUDUL.indexOf("TW IV")))).isEqualByComparingTo("80");
            assertThat(angka(perNama.get("Indeks kepuasan pemangku kepentingan")
                    .getCell(JUDUL.indexOf("Target")))).isEqualByComparingTo("3.5");
            // edit the export: a new target for S1.1-N, then upload it again
            perNama.get("Jumlah kesepakatan kerja sama kawasan").getCell(JUDUL.indexOf("Target")).setCellValue(14);
            perNama.get("Jumlah kesepakatan kerja sama kawasan").getCell(JUDUL.indexOf("TW IV")).setCellValue(6);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            ekspor = out.toByteArray();
        }
        int ikuSebelum = jumlah("iku");
        unggah(pk, ekspor, "ekspor.xlsx", "kemenlu.pko");
        assertThat(jumlah("iku")).as("re-import updates by Kode IKU, creates nothing").isEqualTo(ikuSebelum);
        assertThat(jdbc.queryForObject("select i.target from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ? and i.kode = 'S1.1-N'", BigDecimal.class, pk)).isEqualByComparingTo("14");
        assertThat(jdbc.queryForList("select i.kode from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ? order by i.kode", String.class, pk))
                .containsExactly("S1.1-N", "S1.2-N", "S2.1-N");
    }

    @Test
    void aWorkbookWithBadRowsListsEveryProblemAndSavesNothing() throws Exception {
        long pk = pkId();
        // row 2: target 0 for MAXIMIZE and the forbidden EXACT-HIGH pair (refused while saving)
        Map<String, Object> nol = iku("Sasaran uji impor gagal", "CUSTOMER", "IKU bertarget nol", 0);
        nol.putAll(baris("Validitas", "EXACT", "Kendali", "HIGH"));
        // row 3: valid; it is saved on the way and must be rolled back with the rest
        Map<String, Object> baik = iku("Sasaran uji impor gagal", "CUSTOMER", "IKU yang sebenarnya sah", 10);
        baik.putAll(baris("TW I", 1, "TW II", 2, "TW III", 3, "TW IV", 4));
        // row 4: unknown polarisation
        Map<String, Object> maks = iku("Sasaran uji impor gagal lain", "LEARNING_GROWTH", "IKU polarisasi salah", 5);
        maks.put("Polarisasi", "MAKSIMAL");

        int ikuSebelum = jumlah("iku");
        int ssSebelum = jumlah("sasaran_strategis");
        int targetSebelum = jumlah("target_periode");
        MvcResult r = mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                        .file(new MockMultipartFile("berkas", "gagal.xlsx", XLSX, buku(nol, baik, maks)))
                        .with(as("kemenlu.pko")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn();
        assertThat(jumlah("iku")).isEqualTo(ikuSebelum);
        assertThat(jumlah("sasaran_strategis")).isEqualTo(ssSebelum);
        assertThat(jumlah("target_periode")).isEqualTo(targetSebelum);
        assertThat(jdbc.queryForObject("select count(*) from sasaran_strategis where nama like 'Sasaran uji impor%'",
                Integer.class)).isZero();

        HasilImpor hasil = (HasilImpor) r.getModelAndView().getModel().get("hasil");
        assertThat(hasil.berhasil()).isFalse();
        assertThat(hasil.masalah()).extracting(HasilImpor.Masalah::baris, HasilImpor.Masalah::kolom)
                .containsExactly(
                        Tuple.tuple(2, "K (Kendali)"),
                        Tuple.tuple(2, "W (Target)"),
                        Tuple.tuple(4, "T (Polarisasi)"));
        String html = r.getResponse().getContentAsString();
        assertThat(id.kinerja.support.Html.galat(html, "berkas")).startsWith("Berkas Excel ditolak: 3 kesalahan");
        assertThat(html).contains("Berkas tidak diimpor").contains("Tidak ada data yang disimpan")
                .contains("K (Kendali)").contains("Kombinasi validitas EXACT dan kendali HIGH tidak diperbolehkan")
                .contains("W (Target)").contains("Target tidak boleh 0 untuk polarisasi MAXIMIZE")
                .contains("T (Polarisasi)").contains("&quot;MAKSIMAL&quot; bukan nilai yang dikenal")
                .contains("MAXIMIZE, MINIMIZE, STABILIZE");
    }

    @Test
    void somethingOtherThanAnXlsxGetsAClearMessage() throws Exception {
        long pk = pkId();
        int ikuSebelum = jumlah("iku");
        MvcResult teks = unggah(pk, "Kode IKU;Nama IKU\n;Contoh\n".getBytes(), "iku.csv", "kemenlu.pko");
        assertThat(teks.getResponse().getStatus()).isEqualTo(400);
        assertThat(teks.getResponse().getContentAsString())
                .contains("Berkas ini bukan lembar kerja Excel .xlsx yang sah");

        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Kode IKU");
            wb.write(out);
            xls = out.toByteArray();
        }
        MvcResult lama = unggah(pk, xls, "iku.xls", "kemenlu.pko");
        assertThat(lama.getResponse().getStatus()).isEqualTo(400);
        assertThat(lama.getResponse().getContentAsString()).contains("Format .xls (Excel 97–2003) tidak didukung");

        byte[] salahJudul;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row h = wb.createSheet("Data").createRow(0);
            h.createCell(0).setCellValue("Nomor");
            h.createCell(1).setCellValue("Uraian");
            wb.createSheet("Lain").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
            salahJudul = out.toByteArray();
        }
        MvcResult judul = unggah(pk, salahJudul, "lain.xlsx", "kemenlu.pko");
        assertThat(judul.getResponse().getStatus()).isEqualTo(400);
        assertThat(judul.getResponse().getContentAsString())
                .contains("tidak berisi judul kolom templat SS/IKU");

        // an English template is recognised too (headings are matched in either language)
        byte[] inggris = mvc.perform(get("/perencanaan/pk/{id}/templat.xlsx", pk).param("lang", "en")
                        .with(as("kemenlu.pko")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(inggris))) {
            assertThat(wb.getSheet("IKU").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Strategic objective");
            assertThat(wb.getSheet("Instructions")).isNotNull();
        }
        assertThat(unggah(pk, inggris, "en.xlsx", "kemenlu.pko").getResponse().getContentAsString())
                .contains("Berkas tidak berisi baris data di bawah judul kolom").doesNotContain("tidak ditemukan");

        MvcResult kosong = unggah(pk, new byte[0], "kosong.xlsx", "kemenlu.pko");
        assertThat(kosong.getResponse().getContentAsString()).contains("Pilih berkas .xlsx untuk diunggah");
        assertThat(jumlah("iku")).isEqualTo(ikuSebelum);
    }

    @Test
    void aPlannerOfAnotherUnitIsRefused() throws Exception {
        long pk = pkId();
        mvc.perform(get("/perencanaan/pk/{id}/ekspor.xlsx", pk).with(as("kemenlu.perencana2")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/perencanaan/pk/{id}/templat.xlsx", pk).with(as("kemenlu.perencana2")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/perencanaan/pk/{id}/impor", pk).with(as("kemenlu.perencana2")))
                .andExpect(status().isForbidden());
        int ikuSebelum = jumlah("iku");
        MvcResult r = unggah(pk, buku(iku("Sasaran susupan", "STAKEHOLDER", "IKU susupan", 10)), "iku.xlsx",
                "kemenlu.perencana2");
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(jumlah("iku")).isEqualTo(ikuSebelum);
        // the upload page itself is there for the PKO
        mvc.perform(get("/perencanaan/pk/{id}/impor", pk).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("multipart/form-data")));
    }

    /** The upload form carries the PK's version; a page opened before a colleague's change is refused. */
    @Test
    void anUploadFromAPageOpenedBeforeAColleaguesChangeIsRefusedAndThePkStaysAsItWas() throws Exception {
        long pk = pkId();
        long dibuka = versiPk(pk);
        mvc.perform(get("/perencanaan/pk/{id}/impor", pk).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + dibuka + "\"")));
        String ss = "Sasaran uji versi impor";
        // a colleague imports first, from a page of the same moment: accepted, the PK's version moves on
        mvc.perform(unggahVersi(pk, String.valueOf(dibuka), buku(iku(ss, "STAKEHOLDER", "IKU rekan", 5))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/perencanaan/pk/" + pk));
        long sekarang = versiPk(pk);
        assertThat(sekarang).isGreaterThan(dibuka);
        int ikuSebelum = jumlah("iku");
        int targetSebelum = jumlah("target_periode");

        // the upload from the page opened before: 409, the conflict message, the form now carries the current version
        MvcResult basi = mvc.perform(unggahVersi(pk, String.valueOf(dibuka),
                        buku(iku(ss, "STAKEHOLDER", "IKU dari halaman lama", 7))))
                .andExpect(status().isConflict())
                .andReturn();
        assertThat(basi.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-testid=\"impor-konflik\"")
                .contains("PK ini diubah orang lain setelah halaman impor Anda dibuka")
                .contains("name=\"version\" value=\"" + sekarang + "\"");
        // nothing written, the PK as the colleague left it
        assertThat(jumlah("iku")).isEqualTo(ikuSebelum);
        assertThat(jumlah("target_periode")).isEqualTo(targetSebelum);
        assertThat(versiPk(pk)).isEqualTo(sekarang);
        assertThat(namaIku(pk)).contains("IKU rekan").doesNotContain("IKU dari halaman lama");

        // a page opened before the form carried a version at all is refused the same way
        mvc.perform(unggahVersi(pk, null, buku(iku(ss, "STAKEHOLDER", "IKU tanpa versi", 7))))
                .andExpect(status().isConflict());
        assertThat(jumlah("iku")).isEqualTo(ikuSebelum);

        // with the version the page now carries: accepted
        mvc.perform(unggahVersi(pk, String.valueOf(sekarang), buku(iku(ss, "STAKEHOLDER", "IKU dari halaman lama",
                        7))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("pesanKode", "excel.impor.berhasil"));
        assertThat(namaIku(pk)).contains("IKU rekan", "IKU dari halaman lama");
        assertThat(versiPk(pk)).isGreaterThan(sekarang);
    }

    private long versiPk(long pk) {
        return jdbc.queryForObject("select version from perjanjian_kinerja where id = ?", Long.class, pk);
    }

    private List<String> namaIku(long pk) {
        return jdbc.queryForList("select i.nama from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?",
                String.class, pk);
    }

    private MockMultipartHttpServletRequestBuilder unggahVersi(long pk, String versi, byte[] isi) {
        var b = multipart("/perencanaan/pk/{id}/impor", pk);
        if (versi != null) {
            b.param("version", versi);
        }
        b.file(new MockMultipartFile("berkas", "iku.xlsx", XLSX, isi)).with(as("kemenlu.pko")).with(csrf());
        return b;
    }
}
