package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The workbook reader alone, with the app's message bundles and no Spring context or database:
 * labels (both languages) and codes, Indonesian numbers, findings at row and column.
 */
class PembacaPkTest {

    private static ResourceBundleMessageSource pesan() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages/messages", "messages/scoring", "messages/excel");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static Sheet lembar(XSSFWorkbook wb, String[][] baris) {
        Sheet s = wb.createSheet("IKU");
        ResourceBundleMessageSource m = pesan();
        Row h = s.createRow(0);
        for (Kolom k : Kolom.values()) {
            h.createCell(k.ordinal()).setCellValue(m.getMessage(k.judulKey(), null, Locale.ENGLISH));
        }
        for (int r = 0; r < baris.length; r++) {
            Row row = s.createRow(r + 1);
            for (int i = 0; i < baris[r].length; i += 2) {
                row.createCell(Kolom.valueOf(baris[r][i]).ordinal()).setCellValue(baris[r][i + 1]);
            }
        }
        return s;
    }

    private static String[] iku(String polarisasi, String konsolidasi, String periode, String target,
            String... lagi) {
        String[] dasar = {"SS", "Sasaran", "PERSPEKTIF", "Internal Process", "NAMA", "IKU", "DEFINISI", "d",
            "FORMULA", "f", "SATUAN", "laporan", "POLARISASI", polarisasi, "KONSOLIDASI_PERIODE", konsolidasi,
            "PERIODE_PELAPORAN", periode, "TARGET", target};
        String[] out = java.util.Arrays.copyOf(dasar, dasar.length + lagi.length);
        System.arraycopy(lagi, 0, out, dasar.length, lagi.length);
        return out;
    }

    @Test
    void labelsInEitherLanguageCodesAndIndonesianNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = lembar(wb, new String[][] {
                iku("Maksimalkan", "Rata-rata", "Triwulanan", "1.000", "TW1", "250", "TW2", "1.250,5"),
                iku("Minimize", "Take last known value", "Half-yearly", "70,5"),
                iku("STABILIZE", "sum", "tahun", "12")});
            PembacaPk.Bacaan b = new PembacaPk(pesan(), Locale.forLanguageTag("id-ID"), null).baca(s, 10);
            assertThat(b.temuan()).isEmpty();
            assertThat(b.baris()).extracting(x -> x.polarisasi, x -> x.konsolidasiPeriode, x -> x.periode,
                    x -> x.perspektif).containsExactly(
                    tuple(Polarization.MAXIMIZE, PeriodConsolidation.AVERAGE, JenisPeriode.TRIWULAN,
                            Perspective.INTERNAL_PROCESS),
                    tuple(Polarization.MINIMIZE, PeriodConsolidation.TAKE_LAST_KNOWN, JenisPeriode.SEMESTER,
                            Perspective.INTERNAL_PROCESS),
                    tuple(Polarization.STABILIZE, PeriodConsolidation.SUM, JenisPeriode.TAHUN,
                            Perspective.INTERNAL_PROCESS));
            assertThat(b.baris().get(0).target).isEqualByComparingTo("1000");
            assertThat(b.baris().get(0).trajektori[1]).isEqualByComparingTo("1250.5");
            assertThat(b.baris().get(1).target).isEqualByComparingTo("70.5");
        }
    }

    @Test
    void findingsNameTheRowAndTheColumnInTheUsersLanguage() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = lembar(wb, new String[][] {
                iku("Naik", "SUM", "TRIWULAN", "1.5"),
                iku("MAXIMIZE", "SUM", "TRIWULAN", "10", "SMT1", "5")});
            PembacaPk.Bacaan b = new PembacaPk(pesan(), Locale.forLanguageTag("id-ID"),
                    List.of(Perspective.STAKEHOLDER, Perspective.INTERNAL_PROCESS)).baca(s, 10);
            assertThat(b.temuan()).extracting(PembacaPk.Temuan::baris, PembacaPk.Temuan::kolom).containsExactly(
                    tuple(2, "T (Polarisasi)"), tuple(2, "W (Target)"), tuple(3, "AD (Semester I)"));
            assertThat(b.temuan().get(0).pesan()).contains("\"Naik\"").contains("Maksimalkan").contains("MAXIMIZE");
            assertThat(b.temuan().get(1).pesan()).contains("1,5");
            assertThat(b.temuan().get(2).pesan()).contains("Triwulanan");
        }
    }
}
