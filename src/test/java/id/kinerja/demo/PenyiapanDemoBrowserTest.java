package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.kinerja.support.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While the demo is being seeded a new user meets a self-refreshing "Menyiapkan data demo…" page,
 * not an empty application; once the seed is done the same tab lands on the sign-in page by itself.
 */
class PenyiapanDemoBrowserTest extends BrowserTestSupport {

    @Autowired
    PenyiapanDemo penyiapan;

    @AfterEach
    void selesai() {
        penyiapan.selesai();
    }

    @Test
    void servesAWaitingPageUntilTheSeedIsDoneThenTheLoginPage() {
        penyiapan.mulai();
        var jawaban = page.navigate(url("/?tahun=2026"));
        assertThat(jawaban.status()).isEqualTo(503);
        assertThat(teks("[data-testid=menyiapkan-demo]")).contains("Menyiapkan data demo");
        assertThat(page.locator("meta[http-equiv=refresh]").count()).isEqualTo(1);
        // the API says so too, without a session
        var api = page.request().get(url("/api/v1/pk/KEMENLU/2026"));
        assertThat(api.status()).isEqualTo(503);
        penyiapan.selesai();
        // the page reloads itself and, the seed done, the application answers: the sign-in form
        page.waitForSelector("#username", new Page.WaitForSelectorOptions().setTimeout(15_000));
        assertThat(page.url()).contains("/login");
    }
}
