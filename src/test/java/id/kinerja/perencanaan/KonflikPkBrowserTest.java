package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.IkuMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two browser sessions open the Manual IKU form of the same IKU; the first saves, the second gets
 * the 409 form with its own input still in the fields, and saves it deliberately on a second click.
 */
class KonflikPkBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitService units;

    private long[] pkDenganIku() {
        PkUjiBaru.Pk p = PkUjiBaru.buat(users, units, jdbc, perencanaan, "KONFLIK-BROWSER",
                "Rekomendasi kebijakan yang tepat", Perspective.STAKEHOLDER,
                IkuMother.iku("Jumlah telaah staf ahli").satuan("telaah").tahunan().target("12").build());
        return new long[] {p.pkId(), p.ikuId()};
    }

    private void masuk(Page p, String tujuan) {
        p.navigate(url("/login"));
        p.fill("#username", "marves.pko");
        p.fill("#password", "demo");
        p.click("button[type=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.navigate(tujuan);
    }

    @Test
    void theSecondSessionSavingTheSameIkuGets409WithItsInputKept() {
        long[] p = pkDenganIku();
        String formUrl = url("/perencanaan/pk/" + p[0] + "/iku/" + p[1]);
        masuk(page, formUrl);
        try (BrowserContext kedua = konteksBaru()) {
            Page b = kedua.newPage();
            b.setDefaultTimeout(15_000);
            masuk(b, formUrl);

            page.fill("#nama", "Jumlah telaah staf ahli (sesi A)");
            page.click("main button[type=submit]");
            page.waitForURL(u -> u.endsWith("/perencanaan/pk/" + p[0]));

            b.fill("#nama", "Jumlah telaah staf ahli (sesi B)");
            b.fill("#target", "15");
            Response jawab = b.waitForResponse(r -> r.request().method().equals("POST"),
                    () -> b.click("main button[type=submit]"));
            assertThat(jawab.status()).isEqualTo(409);
            assertThat(teks(b, "[data-testid=galat-form]")).contains("Seseorang baru saja mengubah PK ini")
                    .contains("isian Anda tetap di bawah");
            assertThat(b.inputValue("#nama")).isEqualTo("Jumlah telaah staf ahli (sesi B)");
            assertThat(b.inputValue("#target")).isEqualTo("15");
            assertThat(jdbc.queryForObject("select nama from iku where id = ?", String.class, p[1]))
                    .isEqualTo("Jumlah telaah staf ahli (sesi A)");

            // having seen the note, B saves deliberately: the form now carries the current version
            b.click("main button[type=submit]");
            b.waitForURL(u -> u.endsWith("/perencanaan/pk/" + p[0]));
            assertThat(teks(b, "main")).contains("Jumlah telaah staf ahli (sesi B)");
        }
    }
}
