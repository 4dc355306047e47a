package id.kinerja.validasi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's open TW III forum (Biro Perencanaan): the validator marks values valid and one tidak
 * valid, the planner corrects it on the entry page, the validator accepts and locks; the berita
 * acara PDF carries the final score and signatures, the API reads FINAL and refuses a PUT (409);
 * the PKO re-opens and the history keeps both final scores.
 */
class ValidasiBrowserTest extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void validateCorrectLockPrintReopen() throws Exception {
        // the demo opens its TW III forum only once TW III has ended by the suite's clock
        Assumptions.assumeTrue(
                Waktu.hariIni(clock).isAfter(LocalDate.of(2026, 9, 30)),
                "the demo's TW III forum exists from October 2026 on");
        long roren = DemoUnits.id(jdbc, "ROREN");
        String forum = url("/validasi/" + roren + "/2026/tw/3");
        masuk("kemenlu.validator", "demo");
        page.navigate(forum);
        String gabung = (String) page.locator("tr:has([data-testid=form-verdik])")
                .evaluateAll("els => els.map(e => e.dataset.nilai).join('|')");
        List<String> terbuka = gabung.isEmpty() ? List.of()
                : Arrays.asList(gabung.split("\\|"));
        assertThat(terbuka).isNotEmpty();
        // one numeric value tidak valid with the reason, the rest valid
        String kunciBaris = null;
        for (String kunci : terbuka) {
            Locator baris = page.locator("tr[data-nilai='" + kunci + "']");
            String nilai = baris.locator("[data-testid=nilai]").innerText().trim();
            if (kunciBaris == null && nilai.matches("[0-9.,]+")) {
                kunciBaris = kunci;
                baris.locator("[data-testid=catatan]").fill("Tidak sesuai laporan kegiatan");
                baris.locator("[data-testid=tidak-valid]").click();
            } else {
                baris.locator("[data-testid=valid]").click();
            }
            assertThat(page.locator("[data-testid=pesan]")).isVisible();
        }
        assertThat(kunciBaris).isNotNull();
        String iku = kunciBaris.substring(0, kunciBaris.lastIndexOf('-'));
        String periode = kunciBaris.substring(kunciBaris.lastIndexOf('-') + 1);
        assertThat(page.locator("[data-testid=form-kunci]")).hasCount(0);

        // the planner sees it returned and corrects it on the entry page of the submitted quarter
        BrowserContext perencana = konteksBaru();
        Page p = perencana.newPage();
        p.navigate(url("/login"));
        p.fill("#username", "kemenlu.perencana");
        p.fill("#password", "demo");
        p.click("button[type=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.navigate(url("/realisasi/unit/" + roren + "/2026/3"));
        Locator input = p.locator("tr[data-iku='" + iku + "'][data-periode='" + periode + "'] input[name$='.nilai']");
        assertThat(input).isEnabled();
        assertThat(p.locator("[data-testid=tidak-valid]")).isVisible();
        input.fill("1,5");
        p.locator("[data-testid=simpan]").click();
        assertThat(p.locator("[data-testid=pesan]")).isVisible();
        perencana.close();

        // the corrected value is back: accepted, then the period locks
        page.navigate(forum);
        Locator kembali = page.locator("tr[data-nilai='" + kunciBaris + "']");
        assertThat(kembali.locator("[data-testid=nilai]")).hasText("1,5");
        kembali.locator("[data-testid=valid]").click();
        assertThat(page.locator("[data-testid=pesan]")).isVisible();
        page.locator("[data-testid=tempat]").fill("Jakarta");
        page.locator("[data-testid=kunci]").click();
        assertThat(page.locator("[data-testid=terkunci]")).isVisible();
        assertThat(page.locator("[data-testid=skor]")).containsText("Final");

        APIResponse pdf = context.request().get(url("/validasi/" + roren + "/2026/tw/3/berita-acara.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        String isi;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            isi = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String skor = page.locator("[data-testid=skor-final]").first().innerText();
        assertThat(isi).contains("BA-VAL/ROREN/2026/TW3/01").contains("final s.d. Triwulan 3")
                .contains(skor.substring(skor.indexOf(' ') + 1)).contains("Maya Anggraini").contains("Pimpinan ");

        // the API: FINAL, and a PUT into the locked quarter is a conflict
        String basic = "Basic " + Base64.getEncoder().encodeToString("kemenlu.perencana:demo".getBytes(StandardCharsets.UTF_8));
        BrowserContext api = konteksBaru();
        APIResponse capaian = api.request().get(url("/api/v1/capaian/ROREN/2026?sd=TW3"),
                RequestOptions.create().setHeader("Authorization", basic));
        assertThat(capaian.text()).contains("\"status\":\"FINAL\"");
        APIResponse put = api.request().put(url("/api/v1/realisasi/ROREN/2026/" + iku + "/" + periode),
                RequestOptions.create().setHeader("Authorization", basic).setHeader("Content-Type", "application/json")
                        .setData("{\"nilai\": 2}"));
        assertThat(put.status()).isEqualTo(409);
        api.close();

        // the PKO re-opens with a reason; locked again, the history shows both final scores
        BrowserContext pko = konteksBaru();
        Page k = pko.newPage();
        k.navigate(url("/login"));
        k.fill("#username", "kemenlu.pko");
        k.fill("#password", "demo");
        k.click("button[type=submit]");
        k.waitForURL(u -> !u.contains("/login"));
        k.navigate(forum);
        k.locator("[data-testid=alasan-buka]").fill("Bukti dukung salah unggah");
        k.locator("[data-testid=buka]").click();
        assertThat(k.locator("[data-testid=pesan]")).isVisible();
        pko.close();
        page.navigate(forum);
        page.locator("[data-testid=kunci]").click();
        assertThat(page.locator("[data-testid=terkunci]")).isVisible();
        assertThat(page.locator("[data-testid=riwayat-ba] [data-testid=skor-final]")).hasCount(2);
        assertThat(page.locator("[data-testid=riwayat-ba]")).containsText("Bukti dukung salah unggah");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where aksi = 'BUKA_KEMBALI' and unit_id = ?",
                Long.class, roren)).isEqualTo(1);
    }
}
