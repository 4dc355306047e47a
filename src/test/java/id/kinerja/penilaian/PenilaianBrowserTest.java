package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The evaluator enters an NP, the evaluator's superior lowers an NCKP with a reason, then the matrix prints. */
class PenilaianBrowserTest extends BrowserTestSupport {

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void isiNpLaluReviuLaluMatriks() {
        LocalDate hariIni = Waktu.hariIni(clock);
        Assumptions.assumeTrue(hariIni.isAfter(LocalDate.of(2026, 7, 10)) && hariIni.getYear() <= 2027,
                "semester II of 2026 has started and the demo's semester I NP exists");
        masuk("kemenlu.kasubbag", "demo");
        page.navigate(url("/penilaian?tahun=2026"));
        page.click("[data-testid=ke-ROREN-PK-EVA-02]");
        page.fill("#nilai-2", "87,5");
        page.click("[data-testid=form-np-2] button");
        page.waitForSelector("[data-testid=np-2]");
        assertThat(teks("[data-testid=np-2]")).contains("87,50");

        BrowserContext lain = konteksBaru();
        try {
            Page sekjen = lain.newPage();
            sekjen.setDefaultTimeout(15_000);
            sekjen.navigate(url("/login"));
            sekjen.fill("#username", "kemenlu.pimpinan");
            sekjen.fill("#password", "demo");
            sekjen.click("button[type=submit]");
            sekjen.waitForURL(u -> !u.contains("/login"));
            long analis = DemoUnits.id(jdbc, "ROREN-PK-EVA-01");
            sekjen.navigate(url("/penilaian/" + analis + "/2026"));
            sekjen.check("[data-testid=form-reviu] input[value=TURUN]");
            sekjen.fill("#nckpFinal", "50");
            sekjen.fill("#alasan", "Dibandingkan pegawai satu level, kualitas target IKU lebih rendah.");
            sekjen.click("[data-testid=form-reviu] button");
            sekjen.waitForSelector("[data-testid=reviu]");
            assertThat(teks(sekjen, "[data-testid=nckp-final]")).isEqualToIgnoringWhitespace("50");
            assertThat(teks(sekjen, "[data-testid=status-nckp]")).contains("Cukup");
            sekjen.click("[data-testid=cetak]");
            sekjen.waitForSelector("[data-testid=matriks-ckp]");
            assertThat(teks(sekjen, "h1")).contains("MATRIKS CAPAIAN KINERJA PEGAWAI");
        } finally {
            lain.close();
        }
    }
}
