package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.realisasi.excel.RealisasiExcelService;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a timing assertion: an Excel import of 1,000 value rows (a PK widened to 1,000
 * quarterly IKU by SQL) in one transaction. Prints the measured times; asserts only the outcome.
 */
@IntegrationTest
class ImporRealisasiBenchmarkTest {

    static final int BARIS = 1_000;

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

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void importOfAThousandRows() throws Exception {
        PkUji.masuk(users, "admin");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        RencanaUji.Hasil r = RencanaUji.buat(organisasi, perencanaan, renaksi);
        // 995 more quarterly IKU beside S1.1, so TW I has 1,000 rows with the five of the fixture
        jdbc.update("""
                insert into iku (ss_id, urutan, kode, nama, satuan, jenis_cascading, konsolidasi_periode, polarisasi,
                                 periode_pelaporan, target)
                select i.ss_id, 100 + g, 'BM' || g, 'IKU benchmark ' || g, 'dokumen', 'N', 'SUM', 'MAXIMIZE',
                       'TRIWULAN', 100
                from iku i, generate_series(1, ?) g where i.id = ?
                """, BARIS - 5, r.ikuJumlah());
        byte[] isi;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.templat(r.unitId(), RencanaUji.TAHUN,
                1).isi()))) {
            Sheet s = wb.getSheet("Realisasi");
            assertThat(s.getLastRowNum()).isEqualTo(BARIS);
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                String cara = row.getCell(6).getStringCellValue();
                if (cara.startsWith("Isi Pembilang")) {
                    row.createCell(8).setCellValue(9);
                    row.createCell(9).setCellValue(10);
                } else {
                    row.createCell(7).setCellValue(i % 7 + 0.5);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            isi = out.toByteArray();
        }
        long mulai = System.nanoTime();
        RealisasiExcelService.HasilImpor h = excel.impor(r.unitId(), RencanaUji.TAHUN, 1, new ByteArrayInputStream(isi));
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        assertThat(h.masalah()).isEmpty();
        assertThat(h.baru()).isEqualTo(BARIS);
        assertThat(jdbc.queryForObject("select count(*) from realisasi where unit_id = ?", Long.class, r.unitId()))
                .isEqualTo(BARIS);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'Realisasi' and unit_id = ?",
                Long.class, r.unitId())).isEqualTo(BARIS);
        System.out.printf("BENCHMARK impor realisasi Excel: %d baris (%d KB) dalam %d ms (baca + periksa + tulis, "
                + "satu transaksi)%n", BARIS, isi.length / 1024, ms);
        // again with every value changed: the update path
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.ekspor(r.unitId(), RencanaUji.TAHUN,
                1).isi()))) {
            Sheet s = wb.getSheet("Realisasi");
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                if (row.getCell(7) != null) {
                    row.getCell(7).setCellValue(row.getCell(7).getNumericCellValue() + 1);
                } else {
                    row.getCell(8).setCellValue(8);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            isi = out.toByteArray();
        }
        mulai = System.nanoTime();
        h = excel.impor(r.unitId(), RencanaUji.TAHUN, 1, new ByteArrayInputStream(isi));
        ms = (System.nanoTime() - mulai) / 1_000_000;
        assertThat(h.diubah()).isEqualTo(BARIS);
        System.out.printf("BENCHMARK impor realisasi Excel (ubah): %d baris dalam %d ms%n", BARIS, ms);
    }
}
