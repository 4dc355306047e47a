package id.kinerja.dasbor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.BrowserTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A demo head opens the dashboard: coloured lights, a trend over TW I–III, drills down one click
 * per level to an IKU's evidence file; the central PKO sees the ranking with its flags.
 */
class DasborBrowserTest extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Test
    void pimpinanMelihatWarnaTrenDanMenelusurSampaiBukti() throws Exception {
        // colours and a three-point trend need the demo's TW I–III, seeded once TW III has ended
        Assumptions.assumeTrue(
                Waktu.hariIni(clock).isAfter(LocalDate.of(2026, 9, 30)),
                "the demo's TW I–III values exist from October 2026 on");
        masuk("kemenlu.pimpinan", "demo");
        page.navigate(url("/dasbor?unit=SETJEN&tahun=2026&sd=TW3"));
        assertThat(teks("[data-testid=dasbor-unit]")).contains("Sekretariat Jenderal").contains("TW III");
        assertThat(page.locator("[data-testid=nilai-tren]").count()).isEqualTo(3);
        page.waitForSelector("#grafik-tren[data-digambar=ya]");
        // the units below carry real colours (not only grey)
        List<String> warna = page.locator("[data-testid=tabel-unit] .lampu").all().stream()
                .map(l -> l.getAttribute("data-warna")).toList();
        assertThat(warna).isNotEmpty().anyMatch(w -> !w.equals("abu"));

        klik(page.locator("[data-testid=ke-ROREN]"));
        assertThat(teks("[data-testid=dasbor-unit]")).contains("Biro Perencanaan");
        boolean ketemu = false;
        int nPer = page.locator("[data-testid=drill-perspektif] a").count();
        for (int a = 0; a < nPer && !ketemu; a++) {
            klik(page.locator("[data-testid=drill-perspektif] a").nth(a));
            int nSs = page.locator("[data-testid=drill-ss] a").count();
            for (int b = 0; b < nSs && !ketemu; b++) {
                klik(page.locator("[data-testid=drill-ss] a").nth(b));
                int nIku = page.locator("[data-testid=drill-iku] a").count();
                for (int c = 0; c < nIku && !ketemu; c++) {
                    klik(page.locator("[data-testid=drill-iku] a").nth(c));
                    assertThat(page.locator("[data-testid=remah] li").count()).isEqualTo(4);
                    Locator berkas = page.locator("[data-testid=berkas-bukti]");
                    if (berkas.count() > 0) {
                        Download unduh = page.waitForDownload(() -> berkas.first().click());
                        assertThat(new String(Files.readAllBytes(unduh.path()), StandardCharsets.US_ASCII))
                                .startsWith("%PDF");
                        ketemu = true;
                    } else {
                        page.goBack();
                    }
                }
                if (!ketemu) {
                    page.goBack();
                }
            }
            if (!ketemu) {
                // breadcrumbs back to the unit level
                klik(page.locator("[data-testid=remah] a").first());
            }
        }
        assertThat(ketemu).as("an evidence file reached by drilling down").isTrue();
    }

    /** One click, then wait until the browser shows the page it leads to. */
    private void klik(Locator a) {
        String href = a.getAttribute("href");
        a.click();
        page.waitForURL(u -> u.endsWith(href));
    }

    @Test
    void pkoPusatMelihatPeringkatDanTanda() {
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/dasbor?unit=KEMENLU&tahun=2026&sd=TW3"));
        klik(page.locator("[data-testid=ke-peringkat]"));
        assertThat(page.locator("table[data-testid^=peringkat-] tr[data-unit]").count()).isPositive();
        assertThat(page.locator("[data-testid=tanda]").count()).isPositive();
        assertThat(page.locator("[data-testid=bobot]").count()).isPositive();
    }
}
