package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** A unit manager adds a sub-unit in the browser, assigns a user to it, and finds both in the audit trail. */
class KelolaUnitBrowserTest extends BrowserTestSupport {

    @Test
    void pkoAddsASubUnitAssignsAUserAndSeesItInTheAuditTrail() {
        masuk("marves.pkounit", "demo");
        page.navigate(url("/unit"));
        page.click("text=Asisten Deputi Energi");
        assertThat(teks("[data-testid=nama-unit]")).isEqualTo("Asisten Deputi Energi");
        page.click("text=Ubah unit");
        page.fill("#jabatanKepala", "Asisten Deputi Energi (Plt.)");
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=pesan]")).contains("Unit tersimpan");

        page.navigate(url("/unit"));
        page.click("text=Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi");
        page.click("text=Tambah sub-unit");
        page.fill("#kode", "M-ASDEP-UJI");
        page.fill("#nama", "Asisten Deputi Uji Peramban");
        page.fill("#jabatanKepala", "Asisten Deputi Uji");
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=nama-unit]")).isEqualTo("Asisten Deputi Uji Peramban");
        assertThat(teks("[data-testid=jejak]")).contains("Kedaulatan Maritim dan Energi");

        page.click("text=Pengguna unit");
        page.click("text=Tambah pengguna");
        page.fill("#username", "uji.peramban");
        page.fill("#nama", "Uji Peramban");
        page.fill("#nip", "12345");
        page.fill("#password", "kata-sandi-uji-1");
        page.click("main button[type=submit]");
        assertThat(teks(".invalid-feedback")).contains("NIP harus 18 digit");
        page.fill("#nip", "199204152019031004");
        page.fill("#password", "kata-sandi-uji-1");
        page.click("main button[type=submit]");
        assertThat(teks("[data-testid=penugasan]")).contains("Asisten Deputi Uji Peramban");

        page.navigate(url("/admin/audit?entitas=Unit"));
        String jejak = teks("[data-testid=jejak-audit]");
        assertThat(jejak).contains("Asisten Deputi Uji Peramban").contains("Asisten Deputi Energi (Plt.)")
                .contains("marves.pkounit");
        page.navigate(url("/admin/audit?entitas=Penugasan"));
        assertThat(teks("[data-testid=jejak-audit]")).contains("PERENCANA");
    }
}
