package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.realisasi.excel.RealisasiExcelService;
import id.kinerja.realisasi.excel.RealisasiExcelService.Masalah;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Realisation template, all-or-nothing import with every bad cell by row and column, export. */
@IntegrationTest
class RealisasiExcelTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    RealisasiExcelService excel;

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
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        r = RencanaUji.buat(organisasi, perencanaan, renaksi);
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    /** Rows of the sheet by "kode|periode". */
    private static Map<String, Row> baris(Sheet s) {
        Map<String, Row> m = new HashMap<>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row row = s.getRow(i);
            m.put(row.getCell(1).getStringCellValue() + "|" + row.getCell(4).getStringCellValue(), row);
        }
        return m;
    }

    private static byte[] simpan(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private String k(long iku) {
        return r.kode().get(iku);
    }

    @Test
    void templateImportAndExportRoundTrip() throws Exception {
        byte[] templat = excel.templat(r.unitId(), T, 2).isi();
        byte[] terisi;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            Sheet s = wb.getSheet("Realisasi");
            assertThat(s.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Nilai");
            Map<String, Row> b = baris(s);
            assertThat(b.keySet()).containsExactlyInAnyOrder(k(r.ikuJumlah()) + "|TW2", k(r.ikuRasio()) + "|TW2",
                    k(r.ikuBulanan()) + "|B04", k(r.ikuBulanan()) + "|B05", k(r.ikuBulanan()) + "|B06");
            Row jumlah = b.get(k(r.ikuJumlah()) + "|TW2");
            assertThat(jumlah.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jumlah.getCell(5).getNumericCellValue()).isEqualTo(20.0);
            assertThat(b.get(k(r.ikuRasio()) + "|TW2").getCell(6).getStringCellValue())
                    .contains("Layanan tepat waktu");
            assertThat(s.getDataValidations()).as("n/a dropdown").isNotEmpty();
            jumlah.createCell(7).setCellValue("1.250,5");
            b.get(k(r.ikuRasio()) + "|TW2").createCell(8).setCellValue(17);
            b.get(k(r.ikuRasio()) + "|TW2").createCell(9).setCellValue(20);
            b.get(k(r.ikuBulanan()) + "|B04").createCell(7).setCellValue(10);
            b.get(k(r.ikuBulanan()) + "|B05").createCell(11).setCellValue("Ya");
            b.get(k(r.ikuBulanan()) + "|B05").createCell(12).setCellValue("Loket tutup karena renovasi");
            b.get(k(r.ikuBulanan()) + "|B06").createCell(7).setCellValue(12.25);
            terisi = simpan(wb);
        }
        RealisasiExcelService.HasilImpor h = excel.impor(r.unitId(), T, 2, new ByteArrayInputStream(terisi));
        assertThat(h.masalah()).isEmpty();
        assertThat(h.baru()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select nilai from realisasi where iku_id = ? and nomor = 2", BigDecimal.class,
                r.ikuJumlah())).isEqualByComparingTo("1250.5");
        assertThat(jdbc.queryForObject("select nilai from realisasi where iku_id = ? and nomor = 2", BigDecimal.class,
                r.ikuRasio())).isEqualByComparingTo("85");
        assertThat(jdbc.queryForObject("select jenis_nilai || ':' || alasan from realisasi where iku_id = ? "
                + "and nomor = 5", String.class, r.ikuBulanan())).isEqualTo("NA:Loket tutup karena renovasi");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'Realisasi' and unit_id = ? "
                + "and keterangan = 'Impor Excel TW2 " + T + "'", Long.class, r.unitId())).isEqualTo(5);

        byte[] ekspor = excel.ekspor(r.unitId(), T, 2).isi();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ekspor))) {
            Map<String, Row> b = baris(wb.getSheet("Realisasi"));
            Row jumlah = b.get(k(r.ikuJumlah()) + "|TW2");
            assertThat(jumlah.getCell(7).getCellType()).as("stored numbers exported as numbers")
                    .isEqualTo(CellType.NUMERIC);
            assertThat(jumlah.getCell(7).getNumericCellValue()).isEqualTo(1250.5);
            assertThat(b.get(k(r.ikuRasio()) + "|TW2").getCell(9).getNumericCellValue()).isEqualTo(20.0);
            assertThat(b.get(k(r.ikuBulanan()) + "|B05").getCell(11).getStringCellValue()).isEqualTo("Ya");
        }
        RealisasiExcelService.HasilImpor lagi = excel.impor(r.unitId(), T, 2, new ByteArrayInputStream(ekspor));
        assertThat(lagi.masalah()).isEmpty();
        assertThat(lagi.tetap()).as("the export re-imports unchanged").isEqualTo(5);
        assertThat(lagi.baru() + lagi.diubah()).isZero();

        byte[] tw4 = excel.templat(r.unitId(), T, 4).isi();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tw4))) {
            Row opini = baris(wb.getSheet("Realisasi")).get(k(r.ikuOpini()) + "|TAHUN");
            assertThat(opini.getCell(6).getStringCellValue()).contains("WTP, WDP, TW, TMP");
            assertThat(wb.getSheet("Realisasi").getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains("WTP", "TMP"));
        }
    }

    @Test
    void everyBadCellIsReportedByRowAndColumnAndNothingIsStored() throws Exception {
        byte[] isi;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.templat(r.unitId(), T, 2).isi()))) {
            Sheet s = wb.getSheet("Realisasi");
            Map<String, Row> b = baris(s);
            b.get(k(r.ikuJumlah()) + "|TW2").createCell(7).setCellValue("1.5");
            b.get(k(r.ikuRasio()) + "|TW2").createCell(8).setCellValue("abc");
            b.get(k(r.ikuRasio()) + "|TW2").createCell(9).setCellValue(20);
            b.get(k(r.ikuBulanan()) + "|B04").createCell(7).setCellValue(10);
            b.get(k(r.ikuBulanan()) + "|B05").createCell(11).setCellValue("Ya");
            b.get(k(r.ikuBulanan()) + "|B06").createCell(11).setCellValue("mungkin");
            Row asing = s.createRow(s.getLastRowNum() + 1);
            asing.createCell(1).setCellValue("X9.9");
            asing.createCell(4).setCellValue("TW2");
            asing.createCell(7).setCellValue(1);
            Row salahPeriode = s.createRow(s.getLastRowNum() + 1);
            salahPeriode.createCell(1).setCellValue(k(r.ikuJumlah()));
            salahPeriode.createCell(4).setCellValue("TW3");
            salahPeriode.createCell(7).setCellValue(1);
            isi = simpan(wb);
        }
        RealisasiExcelService.HasilImpor h = excel.impor(r.unitId(), T, 2, new ByteArrayInputStream(isi));
        assertThat(h.berhasil()).isFalse();
        assertThat(h.masalah()).extracting(m -> m.kolom().substring(0, 1)).contains("H", "I", "L", "B", "E");
        assertThat(h.masalah()).anySatisfy(m -> {
            assertThat(m.kolom()).startsWith("H");
            assertThat(m.pesan()).contains("\"1.5\" tidak jelas");
        });
        assertThat(h.masalah()).anySatisfy(m -> assertThat(m.pesan()).contains("X9.9"));
        assertThat(h.masalah()).anySatisfy(m -> {
            assertThat(m.kolom()).startsWith("M");
            assertThat(m.pesan()).isEqualTo("Alasan n/a wajib diisi.");
        });
        assertThat(h.masalah()).extracting(Masalah::baris).allMatch(n -> n >= 2);
        assertThat(h.masalah()).hasSize(6);
        assertThat(jdbc.queryForObject("select count(*) from realisasi where unit_id = ?", Long.class, r.unitId()))
                .as("the good row B04 was not stored either").isZero();

        // a submitted quarter is refused as a whole
        jdbc.update("insert into laporan_realisasi (unit_id, tahun_anggaran_id, triwulan, status, diajukan_oleh) "
                + "select ?, tahun_anggaran_id, 2, 'DIAJUKAN', 'x' from perjanjian_kinerja where id = ?", r.unitId(),
                r.pkId());
        byte[] bersih = excel.templat(r.unitId(), T, 2).isi();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bersih))) {
            baris(wb.getSheet("Realisasi")).get(k(r.ikuJumlah()) + "|TW2").createCell(7).setCellValue(5);
            bersih = simpan(wb);
        }
        RealisasiExcelService.HasilImpor diajukan = excel.impor(r.unitId(), T, 2, new ByteArrayInputStream(bersih));
        assertThat(diajukan.masalah()).singleElement()
                .satisfies(m -> assertThat(m.pesan()).contains("sudah diajukan"));
    }

    @Test
    void routesAnswerAndOtherUnitsAreRefused() throws Exception {
        SecurityContextHolder.clearContext();
        var admin = user(users.loadUserByUsername("admin"));
        String dasar = "/realisasi/" + r.unitId() + "/" + T + "/tw/2/excel";
        mvc.perform(get(dasar).with(admin)).andExpect(status().isOk());
        byte[] templat = mvc.perform(get(dasar + "/templat.xlsx").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get(dasar + "/ekspor.xlsx").with(admin)).andExpect(status().isOk());
        String html = mvc.perform(multipart(dasar + "/impor").file(new MockMultipartFile("berkas", "r.xlsx",
                        "application/octet-stream", "bukan excel".getBytes())).with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"impor-gagal\"").contains("bukan lembar kerja Excel");
        html = mvc.perform(multipart(dasar + "/impor").file(new MockMultipartFile("berkas", "r.xlsx",
                        "application/octet-stream", templat)).with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("tidak berisi baris data");

        var luar = user(users.loadUserByUsername("marves.pko"));
        mvc.perform(get(dasar).with(luar)).andExpect(status().isForbidden());
        mvc.perform(get(dasar + "/templat.xlsx").with(luar)).andExpect(status().isForbidden());
        mvc.perform(get(dasar + "/ekspor.xlsx").with(luar)).andExpect(status().isForbidden());
        mvc.perform(multipart(dasar + "/impor").file(new MockMultipartFile("berkas", "r.xlsx",
                "application/octet-stream", templat)).with(luar).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/realisasi/999999999/" + T + "/tw/2/excel/templat.xlsx").with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/realisasi/" + r.unitId() + "/" + T + "/tw/0/excel/templat.xlsx").with(admin))
                .andExpect(status().isNotFound());
    }
}
