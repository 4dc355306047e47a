package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.excel.RealisasiExcelService;
import id.kinerja.realisasi.excel.RealisasiExcelService.HasilImpor;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A realisation file never writes old values over a colleague's change: the export's Versi column
 * says which stored value each row was made from, and a row whose value changed (was entered, was
 * deleted) since is refused, the whole file with it. Files without the column only fill empty rows.
 */
@IntegrationTest
class RealisasiExcelVersiTest {

    private static final int VERSI = 13;
    private static final int NILAI = 7;
    private static final int T = RencanaUji.TAHUN;

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    RealisasiExcelService excel;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    RencanaUji.Hasil r;

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

    // --- helpers

    private String k(long iku) {
        return r.kode().get(iku);
    }

    private String jumlah() {
        return k(r.ikuJumlah()) + "|TW2";
    }

    private String bulan(int n) {
        return k(r.ikuBulanan()) + "|B0" + n;
    }

    /** The file with its rows (by "kode|periode") changed. */
    private static byte[] ubah(byte[] isi, Consumer<Map<String, Row>> ubah) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheet("Realisasi");
            Map<String, Row> m = new HashMap<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                m.put(row.getCell(1).getStringCellValue() + "|" + row.getCell(4).getStringCellValue(), row);
            }
            ubah.accept(m);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** As a template made before the Versi column existed: columns A..M only. */
    private static byte[] tanpaKolomVersi(byte[] isi) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheet("Realisasi");
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Cell c = s.getRow(i).getCell(VERSI);
                if (c != null) {
                    s.getRow(i).removeCell(c);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void nilai(Row row, double v) {
        row.createCell(NILAI).setCellValue(v);
    }

    private HasilImpor impor(byte[] isi) {
        return excel.impor(r.unitId(), T, 2, new ByteArrayInputStream(isi));
    }

    /** TW2 S1.1 = 15, B04 = 10 stored through a first import. */
    private void isiAwal() throws Exception {
        HasilImpor h = impor(ubah(excel.templat(r.unitId(), T, 2).isi(), b -> {
            nilai(b.get(jumlah()), 15);
            nilai(b.get(bulan(4)), 10);
        }));
        assertThat(h.masalah()).isEmpty();
        assertThat(h.baru()).isEqualTo(2);
    }

    private BigDecimal tersimpan(long iku, int nomor) {
        List<BigDecimal> v = jdbc.queryForList("select nilai from realisasi where iku_id = ? and nomor = ?",
                BigDecimal.class, iku, nomor);
        return v.isEmpty() ? null : v.get(0);
    }

    private long versi(long iku, int nomor) {
        return jdbc.queryForObject("select version from realisasi where iku_id = ? and nomor = ?", Long.class, iku,
                nomor);
    }

    /** "dd-MM-yyyy HH:mm" in WIB of the stored value's entry, as the refusal names it. */
    private String diisiPada(long iku, int nomor) {
        Timestamp t = jdbc.queryForObject("select diisi_pada from realisasi where iku_id = ? and nomor = ?",
                Timestamp.class, iku, nomor);
        return DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").format(t.toInstant().atZone(Waktu.WIB));
    }

    private long auditRealisasi() {
        return jdbc.queryForObject("select count(*) from audit_log where entitas = 'Realisasi' and unit_id = ?",
                Long.class, r.unitId());
    }

    /** A colleague saves one value on the entry page (empty masukan with a version: deletes it). */
    private void rekan(long iku, String periode, Long version, String nilai) {
        realisasi.simpanSemua(r.unitId(), T, 2, List.of(new RealisasiService.Baris(iku, periode, version,
                new RealisasiService.Masukan(nilai, null, null, null, false, null))));
    }

    // --- tests

    @Test
    void theExportCarriesEachStoredValuesVersionAndReimportedUnchangedIsAllTetap() throws Exception {
        isiAwal();
        byte[] templat = excel.templat(r.unitId(), T, 2).isi();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            Sheet s = wb.getSheet("Realisasi");
            assertThat(s.getRow(0).getCell(12).getStringCellValue()).as("A..M unchanged").isEqualTo("Alasan n/a");
            assertThat(s.getRow(0).getCell(VERSI).getStringCellValue()).isEqualTo("Versi");
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                assertThat(s.getRow(i).getCell(VERSI)).as("the template carries no version").isNull();
            }
        }
        byte[] ekspor = excel.ekspor(r.unitId(), T, 2).isi();
        long id = jdbc.queryForObject("select id from realisasi where iku_id = ? and nomor = 2", Long.class,
                r.ikuJumlah());
        ubah(ekspor, b -> {
            assertThat(b.get(jumlah()).getCell(VERSI).getStringCellValue())
                    .isEqualTo(id + "-" + versi(r.ikuJumlah(), 2));
            assertThat(b.get(bulan(5)).getCell(VERSI)).as("no stored value, no version").isNull();
        });
        long audit = auditRealisasi();
        HasilImpor lagi = impor(ekspor);
        assertThat(lagi.masalah()).isEmpty();
        assertThat(lagi.tetap()).isEqualTo(2);
        assertThat(lagi.baru() + lagi.diubah()).isZero();
        assertThat(auditRealisasi()).as("nothing written").isEqualTo(audit);
    }

    @Test
    void aFileMadeBeforeAColleaguesChangeIsRefusedWithTheRowAndNothingIsWritten() throws Exception {
        isiAwal();
        byte[] lama = excel.ekspor(r.unitId(), T, 2).isi();
        rekan(r.ikuJumlah(), "TW2", versi(r.ikuJumlah(), 2), "16");
        String pada = diisiPada(r.ikuJumlah(), 2);
        long audit = auditRealisasi();

        // the stale file as it was downloaded would write 15 back over the colleague's 16
        HasilImpor basi = impor(lama);
        assertThat(basi.berhasil()).isFalse();
        assertThat(basi.masalah()).singleElement().satisfies(m -> {
            assertThat(m.baris()).isEqualTo(2);
            assertThat(m.kolom()).isEqualTo("N (Versi)");
            assertThat(m.pesan()).isEqualTo("IKU " + k(r.ikuJumlah()) + " periode TW2: nilai ini diubah oleh admin "
                    + "pada " + pada + " WIB, setelah berkas Anda diunduh. Unduh ekspor terbaru, lalu isi kembali "
                    + "perubahan Anda di sana.");
        });

        // the same file edited after the colleague's change: refused as a whole, the other edit too
        byte[] diedit = ubah(lama, b -> {
            nilai(b.get(jumlah()), 18);
            nilai(b.get(bulan(4)), 11);
        });
        HasilImpor ditolak = impor(diedit);
        assertThat(ditolak.masalah()).singleElement().satisfies(m -> {
            assertThat(m.pesan()).contains("diubah oleh admin").contains("Unduh ekspor terbaru");
            assertThat(m.kolom()).startsWith("N");
        });
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("16");
        assertThat(tersimpan(r.ikuBulanan(), 4)).as("all or nothing").isEqualByComparingTo("10");
        assertThat(auditRealisasi()).isEqualTo(audit);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(impor(diedit).masalah()).singleElement().satisfies(m -> assertThat(m.pesan())
                .contains("was changed by admin on " + pada + " WIB, after your file was downloaded"));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));

        // downloaded again and edited: accepted
        HasilImpor baru = impor(ubah(excel.ekspor(r.unitId(), T, 2).isi(), b -> {
            nilai(b.get(jumlah()), 18);
            nilai(b.get(bulan(4)), 11);
        }));
        assertThat(baru.masalah()).isEmpty();
        assertThat(baru.diubah()).isEqualTo(2);
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("18");
    }

    @Test
    void aRowEmptyWhenTheFileWasMadeAndFilledSinceIsRefusedUnlessTheValueIsTheSame() throws Exception {
        isiAwal();
        byte[] lama = excel.ekspor(r.unitId(), T, 2).isi();
        rekan(r.ikuBulanan(), "B05", null, "7");
        String pada = diisiPada(r.ikuBulanan(), 5);

        HasilImpor h = impor(ubah(lama, b -> nilai(b.get(bulan(5)), 9)));
        assertThat(h.masalah()).singleElement().satisfies(m -> assertThat(m.pesan()).isEqualTo("IKU "
                + k(r.ikuBulanan()) + " periode B05: nilai ini diisi oleh admin pada " + pada + " WIB, padahal baris ini "
                + "kosong saat berkas Anda dibuat (templat kosong atau ekspor yang lebih lama). Unduh ekspor terbaru, "
                + "lalu isi kembali perubahan Anda di sana."));
        assertThat(tersimpan(r.ikuBulanan(), 5)).isEqualByComparingTo("7");

        // the very value the colleague entered: nothing to overwrite
        HasilImpor sama = impor(ubah(lama, b -> nilai(b.get(bulan(5)), 7)));
        assertThat(sama.masalah()).isEmpty();
        assertThat(sama.tetap()).isEqualTo(3);
        assertThat(sama.baru() + sama.diubah()).isZero();

        // the empty template is such a file too: it does not overwrite a stored value
        HasilImpor templat = impor(ubah(excel.templat(r.unitId(), T, 2).isi(), b -> nilai(b.get(jumlah()), 18)));
        assertThat(templat.masalah()).singleElement().satisfies(m -> assertThat(m.pesan())
                .contains("baris ini kosong saat berkas Anda dibuat"));
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("15");
    }

    @Test
    void aValueDeletedAfterTheFileWasMadeIsNotBroughtBack() throws Exception {
        isiAwal();
        byte[] lama = excel.ekspor(r.unitId(), T, 2).isi();
        rekan(r.ikuJumlah(), "TW2", versi(r.ikuJumlah(), 2), null);
        assertThat(tersimpan(r.ikuJumlah(), 2)).isNull();

        HasilImpor h = impor(ubah(lama, b -> nilai(b.get(jumlah()), 18)));
        assertThat(h.masalah()).singleElement().satisfies(m -> assertThat(m.pesan())
                .contains("nilai ini dihapus setelah berkas Anda diunduh"));
        assertThat(tersimpan(r.ikuJumlah(), 2)).isNull();

        // entered again since (a new row whose version counts from 0 again): the old file still does not match it
        rekan(r.ikuJumlah(), "TW2", null, "20");
        assertThat(impor(ubah(lama, b -> nilai(b.get(jumlah()), 18))).masalah()).singleElement()
                .satisfies(m -> assertThat(m.pesan()).contains("diubah oleh admin"));
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("20");
    }

    @Test
    void aFileWithoutTheVersionColumnOnlyFillsEmptyRows() throws Exception {
        isiAwal();
        byte[] templatLama = tanpaKolomVersi(excel.templat(r.unitId(), T, 2).isi());

        // identical stored value: tetap; an empty row: filled
        HasilImpor isi = impor(ubah(templatLama, b -> {
            nilai(b.get(jumlah()), 15);
            nilai(b.get(bulan(6)), 12);
        }));
        assertThat(isi.masalah()).isEmpty();
        assertThat(isi.baru()).isEqualTo(1);
        assertThat(isi.tetap()).isEqualTo(1);
        assertThat(tersimpan(r.ikuBulanan(), 6)).isEqualByComparingTo("12");

        // a different value over a stored one: refused, the whole file with it
        long audit = auditRealisasi();
        HasilImpor timpa = impor(ubah(templatLama, b -> {
            nilai(b.get(jumlah()), 18);
            nilai(b.get(bulan(5)), 3);
        }));
        assertThat(timpa.masalah()).singleElement().satisfies(m -> {
            assertThat(m.baris()).isEqualTo(2);
            assertThat(m.pesan()).startsWith("IKU " + k(r.ikuJumlah()) + " periode TW2 sudah berisi nilai lain "
                    + "(diisi oleh admin pada " + diisiPada(r.ikuJumlah(), 2) + " WIB)")
                    .contains("tanpa kolom Versi").contains("unduh ekspor terbaru");
        });
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("15");
        assertThat(tersimpan(r.ikuBulanan(), 5)).isNull();
        assertThat(auditRealisasi()).isEqualTo(audit);
    }

    @Test
    void anEditedVersionCellIsReportedByRowAndColumn() throws Exception {
        isiAwal();
        HasilImpor h = impor(ubah(excel.ekspor(r.unitId(), T, 2).isi(), b -> {
            b.get(jumlah()).getCell(VERSI).setCellValue("versi 3");
            nilai(b.get(jumlah()), 18);
        }));
        assertThat(h.masalah()).singleElement().satisfies(m -> {
            assertThat(m.kolom()).isEqualTo("N (Versi)");
            assertThat(m.pesan()).contains("Penanda versi \"versi 3\" tidak dikenali");
        });
        assertThat(tersimpan(r.ikuJumlah(), 2)).isEqualByComparingTo("15");
    }
}
