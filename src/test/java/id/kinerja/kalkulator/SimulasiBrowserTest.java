package id.kinerja.kalkulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.kinerja.support.BrowserTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The what-if page in a real browser: rows typed, the NKO read back as htmx updates it. */
class SimulasiBrowserTest extends BrowserTestSupport {

    private void isi(int baris, String field, String nilai) {
        page.fill("[name='baris[" + baris + "]." + field + "']", nilai);
    }

    private void pilih(int baris, String field, String nilai) {
        page.selectOption("[name='baris[" + baris + "]." + field + "']", nilai);
    }

    @Test
    void typingRowsUpdatesTheNkoForMarves() {
        masuk("marves.perencana", "demo");
        page.navigate(url("/simulasi"));
        // the example rows are Kemenlu's: start from an empty sheet under MARVES
        page.selectOption("[data-testid=rulebook]", "MARVES");
        for (int i = 0; i < 6; i++) {
            for (String f : new String[] {"code", "sasaran", "target", "targetLow", "targetHigh", "realization"}) {
                isi(i, f, "");
            }
        }
        isi(0, "code", "IKU-1");
        pilih(0, "polarization", "MAXIMIZE");
        isi(0, "target", "10");
        isi(0, "realization", "7");
        pilih(0, "quality", "ULTIMATE_OUTCOME");
        isi(1, "code", "IKU-2");
        pilih(1, "polarization", "MINIMIZE");
        isi(1, "target", "8");
        isi(1, "realization", "5");
        pilih(1, "quality", "OUTPUT");
        // 70 × 0,4/0,5 + 120 × 0,1/0,5 = 56 + 24 = 80
        page.waitForCondition(() -> "80,00".equals(teks("[data-testid=skor]").trim()));
        assertThat(teks("[data-testid=predikat]").trim()).isEqualTo("Butuh Perbaikan");
        assertThat(teks("[data-testid=hasil-iku]")).contains("batas atas 120");

        isi(0, "realization", "12,5");
        // 120 (capped) × 0,8 + 120 × 0,2 = 120
        page.waitForCondition(() -> "120,00".equals(teks("[data-testid=skor]").trim()));
        assertThat(teks("[data-testid=predikat]").trim()).isEqualTo("Istimewa");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/simulasi.png")).setFullPage(true));
    }

    @Test
    void theKemenluExampleShowsNckoAndAZeroTargetIsNamed() {
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/simulasi"));
        assertThat(teks("[data-testid=hasil-ss]")).contains("S1").contains("S2");
        isi(0, "target", "0");
        page.waitForSelector("[data-testid=galat-simulasi]");
        // the problem is named in words, not as the API's field path
        assertThat(teks("[data-testid=galat-simulasi]")).contains("Baris 1, Target:")
                .doesNotContain("indicators[");
    }

    @Test
    void pastedRowsAreLoaded() {
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/simulasi"));
        page.selectOption("[data-testid=rulebook]", "KEMENKEU");
        page.click("summary");
        page.fill("[data-testid=tempel]", "kode;SS;perspektif;polarisasi;target;bawah;atas;realisasi;v;k;kualitas\n"
                + "A;;;MAXIMIZE;100;;;90;;;OUTPUT\nB;;;MAXIMIZE;50;;;50;;;OUTPUT");
        page.click("button[name=muat]");
        assertThat(isian("[name='baris[1].code']")).isEqualTo("B");
        assertThat(teks("[data-testid=skor]").trim()).isEqualTo("95,00");
    }

    /**
     * Issue 9 item 9: the labels the page shows (and Indonesian words) are pasted, the drop-downs
     * then show them, and the next Hitung still scores; 1.000 is a thousand.
     */
    @Test
    void pastedLabelsFillTheDropDownsAndTheNextHitungWorks() {
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/simulasi"));
        page.click("summary");
        page.fill("[data-testid=tempel]", String.join("\n",
                "Kode\tSS\tPerspektif\tPolarisasi\tTarget\tBawah\tAtas\tRealisasi\tValiditas\tKendali",
                "S1.1-CP\tS1\tStakeholder\tMinimize\t1.000\t\t\t900\tExact\tModerate",
                "S2.1-CP\tS2\tPemangku Kepentingan\tMaximize\t10\t\t\t7\tProxy\tTinggi",
                "S3.1-CP\tS3\tinternal process\tmaksimal\t4\t\t\t4\ttepat\tsedang",
                "S4.1-CP\tS4\tLearning and Growth\tMaximize\t8\t\t\t8\tPROXY\tLOW"));
        page.click("button[name=muat]");
        assertThat(isian("[name='baris[0].perspective']")).isEqualTo("STAKEHOLDER");
        assertThat(isian("[name='baris[0].polarization']")).isEqualTo("MINIMIZE");
        assertThat(isian("[name='baris[0].validity']")).isEqualTo("EXACT");
        assertThat(isian("[name='baris[0].control']")).isEqualTo("MODERATE");
        assertThat(isian("[name='baris[1].perspective']")).isEqualTo("STAKEHOLDER");
        assertThat(isian("[name='baris[1].control']")).isEqualTo("HIGH");
        assertThat(isian("[name='baris[2].perspective']")).isEqualTo("INTERNAL_PROCESS");
        assertThat(isian("[name='baris[2].polarization']")).isEqualTo("MAXIMIZE");
        assertThat(isian("[name='baris[2].validity']")).isEqualTo("EXACT");
        assertThat(isian("[name='baris[3].perspective']")).isEqualTo("LEARNING_GROWTH");
        assertThat(page.locator("[data-testid=galat-simulasi]").count()).isZero();
        // 900 against a MINIMIZE target of a thousand: (1 + (1 − 0,9)) × 100 = 110
        assertThat(teks("[data-testid=hasil-iku]")).contains("110,00");
        String skor = teks("[data-testid=skor]").trim();

        page.click("button:has-text('Hitung')");
        page.waitForSelector("[data-testid=skor]");
        assertThat(page.locator("[data-testid=galat-simulasi]").count()).isZero();
        assertThat(teks("[data-testid=skor]").trim()).isEqualTo(skor);
        assertThat(isian("[name='baris[0].perspective']")).isEqualTo("STAKEHOLDER");
    }
}
