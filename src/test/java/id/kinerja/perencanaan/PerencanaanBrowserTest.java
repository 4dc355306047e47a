package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.JamUji;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planner of an Eselon II unit drafts its PK in the browser (SS, IKU with Manual IKU, Rencana
 * Aksi), meets the rules at the fields that break them, submits; the head of the unit above
 * approves, and the PK becomes read-only.
 */
class PerencanaanBrowserTest extends BrowserTestSupport {

    @Autowired
    JamUji jam;

    @Autowired
    JdbcTemplate jdbc;

    private String namaPengguna(String username) {
        return jdbc.queryForObject("select nama from pengguna where username = ?", String.class, username);
    }

    @AfterEach
    void jamPulih() {
        jam.pulihkan();
    }

    private void isiIku(String nama, String validitas, String kendali, String target) {
        page.fill("#nama", nama);
        page.fill("#definisi", "Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan.");
        page.fill("#formula", "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%");
        page.fill("#satuan", "%");
        page.selectOption("#validitas", validitas);
        page.selectOption("#kendali", kendali);
        page.selectOption("#konsolidasiPeriode", "TAKE_LAST_KNOWN");
        page.selectOption("#periodePelaporan", "TRIWULAN");
        page.fill("#target", target);
        page.fill("#penanggungJawab", "Bagian Perencanaan Kinerja");
        page.fill("#sumberData", "Laporan tindak lanjut rekomendasi");
    }

    @Test
    void plannerDraftsSubmitsAndTheHeadApproves() {
        masuk("kemenlu.perencana2", "demo");
        page.navigate(url("/perencanaan"));
        page.click("text=Direktorat Asia Timur dan Pasifik");
        page.click("text=Mulai menyusun PK");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Draf");

        page.click("text=Tambah Sasaran Strategis");
        page.fill("#nama", "Meningkatnya kerja sama Indonesia dengan negara Asia Timur dan Pasifik");
        page.selectOption("#perspektif", "STAKEHOLDER");
        page.click("main button[type=submit]");
        assertThat(teks("[data-ss=S1]")).contains("Meningkatnya kerja sama");

        page.click("[data-ss=S1] >> text=Tambah IKU");
        isiIku("Persentase rekomendasi kebijakan yang ditindaklanjuti", "EXACT", "HIGH", "0");
        page.click("main button[type=submit]");
        // both broken rules are shown at their fields at once
        page.waitForSelector("#target.is-invalid");
        String galat = String.join(" | ", page.locator(".invalid-feedback").allTextContents());
        assertThat(galat).contains("Target tidak boleh 0").contains("tidak diperbolehkan");
        page.selectOption("#kendali", "LOW");
        page.fill("#target", "80");
        page.click("main button[type=submit]");
        // count() does not wait for the redirect to the PK page
        page.waitForURL(u -> !u.contains("/iku"));
        assertThat(page.locator("[data-iku='S1.1-N']").count()).isEqualTo(1);

        // the trajectory must reproduce the annual target (TAKE_LAST: the last quarter = 80)
        assertThat(teks("[data-testid=masalah]")).contains("S1.1-N");
        assertThat(page.isDisabled("[data-testid=ajukan]")).isTrue();
        page.fill("[data-iku='S1.1-N'] input[name=t1]", "20");
        page.fill("[data-iku='S1.1-N'] input[name=t2]", "40");
        page.fill("[data-iku='S1.1-N'] input[name=t3]", "60");
        page.fill("[data-iku='S1.1-N'] input[name=t4]", "80");
        page.click("[data-iku='S1.1-N'] button:has-text('Simpan')");
        assertThat(teks("[data-iku='S1.1-N']")).contains("sesuai");
        assertThat(page.locator("[data-testid=masalah]").count()).isZero();

        page.click("[data-testid=ajukan]");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Diajukan");
        assertThat(page.locator("text=Tambah IKU").count()).isZero();
        String pkUrl = page.url();

        context.clearCookies();
        masuk("kemenlu.pimpinan", "demo");
        // not the superior of ASTIMPAS: Sekjen does not approve a Ditjen Aspasaf unit
        page.navigate(pkUrl);
        assertThat(page.locator("[data-testid=tetapkan]").count()).isZero();

        // the head of the unit above (Dirjen Aspasaf) finds it in the inbox and approves
        context.clearCookies();
        masuk("kemenlu.pimpinan2", "demo");
        page.navigate(url("/perencanaan"));
        assertThat(teks("main [data-testid=kotak-masuk]")).contains("Direktorat Asia Timur dan Pasifik");
        page.click("main [data-testid=kotak-masuk] >> text=Direktorat Asia Timur dan Pasifik");
        page.click("[data-testid=tetapkan]");
        // a confirmation page says what approval means, then approves
        page.click("[data-testid=konfirmasi]");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Ditetapkan");
        // signed by the approver's name, not the account
        assertThat(teks("[data-testid=info-ditetapkan]")).contains(namaPengguna("kemenlu.pimpinan2"))
                .doesNotContain("kemenlu.pimpinan2");

        context.clearCookies();
        masuk("kemenlu.perencana2", "demo");
        page.navigate(pkUrl);
        assertThat(page.locator("text=Tambah Sasaran Strategis").count()).isZero();
        assertThat(page.locator("[data-testid=ajukan]").count()).isZero();

        page.navigate(pkUrl + "/cetak");
        assertThat(teks("[data-testid=lampiran-1]")).contains("S1.1-N").contains("80,00\u00a0%");

        // Kemenlu refuses revisions after 20 October (rulebook data): one day after it, in the PK's year
        page.navigate(pkUrl);
        String tahun = teks("[data-testid=tahun-pk]").trim();
        jam.setel(tahun + "-10-21T08:00:00+07:00");
        page.reload();
        page.selectOption("#mulai-tw", "4");
        page.fill("#alasan", "Penyesuaian target");
        page.click("[data-testid=form-revisi] button[type=submit]");
        // refused on the form itself, at the field, with the reason given and the input kept
        assertThat(teks("[data-testid=galat-mulai]")).contains("setelah 20-10-" + tahun);
        assertThat(isian("#alasan")).isEqualTo("Penyesuaian target");
    }
}
