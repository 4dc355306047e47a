package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Logs in as several demo roles in a real browser and reads what each one's menu offers. */
class MenuPerPeranBrowserTest extends BrowserTestSupport {

    private List<String> menu() {
        return page.locator("[data-menu]").evaluateAll("els => els.map(e => e.dataset.menu)")
                instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "admin              | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi,administrasi,organisasi,pengguna,tahun,rulebook,audit",
            "kemenlu.pko        | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi,administrasi,pengguna,tahun,rulebook,audit",
            "marves.pkounit     | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi,administrasi,pengguna,audit",
            "kemenlu.perencana  | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi",
            "kemenlu.pimpinan   | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi",
            "marves.validator   | beranda,dasbor,unit,perencanaan,realisasi,validasi,dialog,laporan,penilaian,kalender,simulasi",
    })
    void eachRoleSeesItsOwnMenu(String username, String expected) {
        masuk(username, "demo");
        assertThat(teks("h1")).startsWith("Selamat datang");
        assertThat(menu()).containsExactly(expected.split(","));
    }

    @Test
    void plannerSeesOnlyTheirUnitAndIsRefusedAnotherByUrl() {
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/unit"));
        List<String> names = page.locator("[data-testid=pohon-unit] tbody td:first-child a").allTextContents();
        assertThat(names).containsExactly("Biro Perencanaan dan Organisasi");
        page.navigate(url("/unit/1"));
        assertThat(teks("[data-testid=galat-detail]")).contains("tidak berwenang");
    }

    @Test
    void wrongPasswordShowsAnIndonesianMessageAndEnglishIsOneClickAway() {
        page.navigate(url("/login"));
        page.fill("#username", "admin");
        page.fill("#password", "bukan-ini");
        page.click("button[type=submit]");
        assertThat(teks("[data-testid=login-error]"))
                .contains("Nama pengguna atau kata sandi salah");
        page.click("text=English");
        assertThat(teks("label[for=password]")).isEqualTo("Password");
    }
}
