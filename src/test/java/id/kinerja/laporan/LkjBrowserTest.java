package id.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A planner finds the report from the menu, edits a narrative in a real browser and submits it. */
class LkjBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void bersihkan() {
        String lkj = "(select l.id from lkj l join unit u on u.id = l.unit_id where u.kode = 'ROREN' "
                + "and l.tahun = 2026 and l.periode = 'TW1')";
        jdbc.update("delete from penyusun_dokumen where jenis = 'LKJ' and dokumen_id in " + lkj);
        jdbc.update("delete from lkj_bagian where lkj_id in " + lkj);
        jdbc.update("delete from lkj where id in " + lkj);
    }

    @Test
    void perencanaMenyuntingNarasiDanMengajukan() {
        page.setDefaultTimeout(90_000); // a report is scored on open; the shared test machine is slow
        masuk("kemenlu.perencana", "demo");
        page.click("[data-menu=laporan]");
        page.click("text=Biro Perencanaan dan Organisasi");
        page.click("a[href*='/laporan/lkj/ROREN/2026/TW1']:text('Buka')");
        assertThat(teks("[data-testid=status-lkj]")).isEqualTo("Draf");
        var area = page.locator("textarea[data-kunci$=':NARASI']").first();
        String kunci = area.getAttribute("data-kunci");
        assertThat(area.inputValue()).startsWith("Realisasi s.d. TW I").doesNotContain("null");
        area.fill("Narasi dari peramban: target TW I tercapai berkat rapat koordinasi.");
        area.locator("xpath=ancestor::form").locator("button").click();
        assertThat(teks(".alert-success")).contains("Narasi tersimpan");
        var tersimpan = page.locator("textarea[data-kunci='" + kunci + "']");
        assertThat(tersimpan.inputValue()).isEqualTo("Narasi dari peramban: target TW I tercapai berkat rapat koordinasi.");
        assertThat(tersimpan.locator("xpath=ancestor::form").textContent()).contains("Ditulis oleh kemenlu.perencana");
        page.click("[data-testid=ajukan-lkj]");
        assertThat(teks("[data-testid=status-lkj]")).isEqualTo("Diajukan");
        // the drafter is told why signing is not offered to them
        assertThat(page.locator("[data-testid=tandatangani-lkj]").count()).isZero();
    }
}
