package id.kinerja.bukti;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner attaches evidence in the browser (htmx posts): a PDF with its hash shown, a refused
 * executable with the message at the file field, a link, and a delete after confirming.
 */
class BuktiBrowserTest extends BrowserTestSupport {

    @Autowired
    PemilikUji pemilik;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void plannerUploadsSeesTheHashIsRefusedAnExecutableAddsALinkAndDeletes() {
        long id = pemilik.daftarkan(DemoUnits.id(jdbc, "ROREN"), true);
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/bukti/UJI/" + id));
        Locator panel = page.locator("[data-testid=bukti-panel]");

        panel.locator("input[name=berkas]").setInputFiles(
                new FilePayload("Laporan TW I.pdf", "application/pdf", BerkasUji.pdf()));
        panel.locator("[data-testid=bukti-form-berkas] button[type=submit]").click();
        assertThat(page.locator("[data-testid=bukti-pesan]")).hasText("Bukti dukung tersimpan.");
        assertThat(page.locator("[data-testid=bukti-sha256]")).hasText(BerkasUji.SHA256_CONTOH_PDF);
        assertThat(page.locator("[data-testid=bukti-nama]")).hasText("Laporan TW I.pdf");

        page.locator("[data-testid=bukti-panel] input[name=berkas]").setInputFiles(
                new FilePayload("setup.pdf", "application/pdf", BerkasUji.exe()));
        page.locator("[data-testid=bukti-form-berkas] button[type=submit]").click();
        assertThat(page.locator("[data-testid=bukti-galat-berkas]")).containsText("tidak diizinkan");
        assertThat(page.locator("[data-testid=bukti-nama]")).hasCount(1);

        page.locator("[data-testid=bukti-form-tautan] input[name=url]").fill("https://jdih.kemenlu.go.id/notulen/12");
        page.locator("[data-testid=bukti-form-tautan] input[name=judul]").fill("Notulen rapat evaluasi");
        page.locator("[data-testid=bukti-form-tautan] button[type=submit]").click();
        assertThat(page.locator("[data-testid=bukti-nama]")).hasCount(2);
        assertThat(page.locator("[data-testid=bukti-nama]").nth(1)).hasText("Notulen rapat evaluasi");

        page.onceDialog(d -> d.accept());
        page.locator("[data-testid=bukti-hapus]").first().click();
        assertThat(page.locator("[data-testid=bukti-pesan]")).containsText("dihapus");
        assertThat(page.locator("[data-testid=bukti-nama]")).hasCount(1);
    }
}
