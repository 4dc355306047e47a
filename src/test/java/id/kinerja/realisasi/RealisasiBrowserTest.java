package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.JamUji;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner enters the demo year's fourth quarter of Biro Perencanaan (one number in Indonesian
 * format, raw numerator/denominator, qualitative labels, n/a with a reason), sees the capaian
 * update while typing, saves and submits; the head of Setjen approves.
 */
class RealisasiBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JamUji jam;

    @AfterEach
    void jamSemula() {
        jam.pulihkan();
    }

    @Test
    void entryLiveScoreSubmitApprove() {
        // TW IV of the demo year must have started, whatever day the suite runs on
        jam.setel("2026-11-23T10:00:00+07:00");
        long roren = DemoUnits.id(jdbc, "ROREN");
        String halaman = url("/realisasi/unit/" + roren + "/2026/4");
        masuk("kemenlu.perencana", "demo");
        page.navigate(halaman);
        Locator baris = page.locator("[data-testid=tabel-isian] tbody tr");
        int n = baris.count();
        assertThat(n).isPositive();
        boolean angkaPertama = true;
        for (int i = 0; i < n; i++) {
            String p = "[name='baris[" + i + "].";
            if (page.locator(p + "pembilang']:not([disabled])").count() > 0) {
                page.fill(p + "pembilang']", "3");
                page.fill(p + "penyebut']", "4");
            } else if (page.locator("select" + p + "label']:not([disabled])").count() > 0) {
                page.selectOption("select" + p + "label']", "WTP");
            } else if (page.locator(p + "nilai']:not([disabled])").count() > 0) {
                if (angkaPertama) {
                    String ikuId = isian("input[type=hidden]" + p + "ikuId']");
                    String sel = "capaian-periode-" + ikuId;
                    assertThat(teks("#" + sel)).contains("n/a");
                    page.locator(p + "nilai']").pressSequentially("1.250,5");
                    // htmx re-scores as the user types: the IKU's capaian for the quarter appears
                    page.waitForFunction("id => !document.getElementById(id).textContent.includes('n/a')", sel);
                    angkaPertama = false;
                } else {
                    page.check(p + "na']");
                    page.fill(p + "alasan']", "Tidak ada permintaan pada triwulan ini");
                }
            }
        }
        assertThat(angkaPertama).as("at least one number typed").isFalse();
        assertThat(teks("[data-testid=skor-sd]")).contains("sementara");
        page.click("[data-testid=simpan]");
        assertThat(teks("[data-testid=pesan]")).contains("nilai tersimpan");
        assertThat(isian("input[name$='.nilai']:not([disabled]) >> nth=0")).isEqualTo("1250,5");
        // red or declining values are explained before submitting (analysis page, one form per IKU)
        page.navigate(url("/realisasi/" + roren + "/2026/tw/4/analisis"));
        for (int k = 0; k < 30; k++) {
            Locator kurang = page.locator(".card:has([data-testid=analisis-wajib].text-bg-danger)");
            if (kurang.count() == 0) {
                break;
            }
            Locator kartu = kurang.first();
            kartu.locator("textarea[name=akarMasalah]").fill("Data unit pengolah diterima terlambat");
            kartu.locator("textarea[name=narasi]").fill("Capaian di bawah target triwulan ini");
            kartu.locator("form button[type=submit]").first().click();
            page.waitForLoadState();
        }
        assertThat(page.locator(".card:has([data-testid=analisis-wajib].text-bg-danger)").count()).isZero();
        page.navigate(halaman);
        page.click("[data-testid=ajukan]");
        assertThat(teks("[data-testid=status-laporan]")).isEqualTo("Diajukan");
        assertThat(page.locator("[data-testid=simpan]").count()).isZero();

        context.clearCookies();
        masuk("kemenlu.pimpinan", "demo");
        page.navigate(url("/realisasi?tahun=2026"));
        assertThat(teks("[data-testid=untuk-disetujui]")).contains("Biro Perencanaan dan Organisasi");
        page.navigate(halaman);
        page.click("[data-testid=setujui]");
        assertThat(teks("[data-testid=status-laporan]")).isEqualTo("Disetujui");
    }
}
