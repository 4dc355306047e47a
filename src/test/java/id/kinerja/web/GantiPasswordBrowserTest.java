package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.kinerja.support.BrowserTestSupport;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A unit manager creates a planner with a password of its choosing; the planner signs in, is kept
 * on the change page until choosing their own password, then works normally and finds the page
 * again from the navbar.
 */
class GantiPasswordBrowserTest extends BrowserTestSupport {

    @Test
    void aNewAccountChoosesItsOwnPasswordFirst() {
        String akun = ("sandi-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        masuk("kemenlu.pkounit", "demo");
        page.navigate(url("/admin/pengguna/baru"));
        page.fill("#username", akun);
        page.fill("#nama", "Uji Ganti Sandi");
        page.fill("#password", "kalimat-sandi-dari-pko");
        page.selectOption("#unitId", page.locator("#unitId option", new Page.LocatorOptions()
                .setHasText("Biro Perencanaan dan Organisasi")).first().getAttribute("value"));
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=penugasan]")).contains("Biro Perencanaan dan Organisasi");
        page.click("nav button[type=submit]"); // sign out

        masuk(akun, "kalimat-sandi-dari-pko");
        assertThat(page.url()).endsWith("/akun/password");
        assertThat(teks("[data-testid=wajib-ganti]")).contains("ditetapkan oleh pengelola");
        page.navigate(url("/perencanaan"));
        assertThat(page.url()).endsWith("/akun/password");

        page.fill("#passwordLama", "kalimat-sandi-dari-pko");
        page.fill("#passwordBaru", "kalimat sandi saya sendiri");
        page.fill("#konfirmasi", "kalimat sandi saya lain");
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=galat-konfirmasi]")).contains("tidak sama");
        assertThat(isian("#passwordBaru")).isEmpty();

        page.fill("#passwordLama", "kalimat-sandi-dari-pko");
        page.fill("#passwordBaru", "kalimat sandi saya sendiri");
        page.fill("#konfirmasi", "kalimat sandi saya sendiri");
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=pesan]")).contains("telah diganti");
        page.navigate(url("/perencanaan"));
        assertThat(page.url()).endsWith("/perencanaan");
        page.click("[data-testid=ganti-password]");
        assertThat(teks("h1")).isEqualTo("Ganti kata sandi");
    }
}
