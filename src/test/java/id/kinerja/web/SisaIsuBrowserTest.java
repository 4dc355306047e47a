package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a new user noticed on the pages themselves (issue #9, smaller things), in a real browser. */
class SisaIsuBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private long pkDemo(String unit) {
        return jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode = ? and p.ditetapkan_oleh = 'sistem-demo' order by p.nomor_versi limit 1""", Long.class, unit);
    }

    @Test
    void theLanguageSwitchKeepsTheQueryString() {
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/realisasi?tahun=2026"));
        page.click("a.link-light:text-is('EN')");
        page.waitForURL(u -> u.contains("lang=en"));
        assertThat(page.url()).contains("tahun=2026").contains("lang=en");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
        page.click("a.link-light:text-is('ID')");
        page.waitForURL(u -> u.contains("lang=id"));
        assertThat(page.url()).contains("tahun=2026").doesNotContain("lang=en");
    }

    @Test
    void marvesStrategyMapDoesNotSpeakOfKemenluLevels() {
        masuk("marves.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + pkDemo("M-ASDEP-EN") + "/peta"));
        String teks = teks("main");
        assertThat(teks).contains("bukan pemilik peta strategi").doesNotContain("Kemenlu");
    }

    @Test
    void theManualIkuFormExplainsValidityAndControlAndMarksRequiredFields() {
        masuk("kemenlu.pko", "demo");
        long pk = pkDemo("ROREN");
        page.navigate(url("/perencanaan/pk/" + pk + "/iku/baru"));
        assertThat(teks("[data-testid=bantuan-validitas]")).contains("Tepat").contains("Proksi")
                .contains("kekonsuleran");
        assertThat(teks("[data-testid=bantuan-kendali]")).contains("Tinggi").contains("Rendah");
        assertThat(page.locator("label[for=nama] + [data-testid=tanda-wajib]").count()).isEqualTo(1);
        assertThat(page.locator("label[for=definisi] + [data-testid=tanda-wajib]").count()).isEqualTo(1);
        assertThat(page.locator("label[for=tujuan] + [data-testid=tanda-wajib]").count()).isZero();
        // the choices speak Indonesian
        assertThat(teks("#validitas")).contains("Tepat").doesNotContain("Exact");
        assertThat(teks("#polarisasi")).contains("Maksimalkan").doesNotContain("Maximize");
        assertThat(teks("#konsolidasiPeriode")).contains("Ambil nilai terakhir yang diketahui");
    }

    @Test
    void breadcrumbsLeadFromTheStartPageThroughTheUnitChainToThePkAndIku() {
        masuk("kemenlu.pko", "demo");
        long pk = pkDemo("ROREN");
        page.navigate(url("/perencanaan/pk/" + pk + "/rencana-aksi"));
        // "IS" explained (the add form with its labelled date fields only shows on a draft)
        assertThat(teks("[data-testid=legenda-is]")).contains("Inisiatif Strategis");
        String remah = teks("[data-testid=remah]");
        assertThat(remah).contains("Beranda").contains("Kementerian Luar Negeri").contains("Sekretariat Jenderal")
                .contains("Biro Perencanaan dan Organisasi").contains("PK 2026 (v1)").contains("Rencana aksi");
        long iku = jdbc.queryForObject("""
                select min(i.id) from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""", Long.class, pk);
        String kode = jdbc.queryForObject("select kode from iku where id = ?", String.class, iku);
        page.navigate(url("/cascading/iku/" + iku));
        assertThat(teks("[data-testid=remah]")).contains("PK 2026 (v1)").contains("IKU " + kode)
                .contains("Cascading");
        // a crumb leads back up: the PK
        page.click("[data-testid=remah] a:text-is('PK 2026 (v1)')");
        page.waitForURL(u -> u.endsWith("/perencanaan/pk/" + pk));
        // the trajectory boxes carry their period as a heading
        assertThat(teks("[data-testid=kepala-trajektori]")).isEqualTo("TW 1");
        page.navigate(url("/realisasi/unit/" + jdbc.queryForObject("select id from unit where kode = 'ROREN'", Long.class)
                + "/2026/1"));
        assertThat(teks("[data-testid=remah]")).contains("Biro Perencanaan dan Organisasi")
                .contains("Realisasi 2026 TW1");
    }
}
