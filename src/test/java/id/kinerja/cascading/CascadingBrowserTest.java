package id.kinerja.cascading;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cascading in the browser: an Inspektorat Jenderal IKU goes indirectly (RAW_DATA) to two
 * inspectorates below, the consolidated target is shown, and a direct cascade three levels down is
 * refused with a message naming both ends.
 */
class CascadingBrowserTest extends BrowserTestSupport {

    @Autowired
    UnitService units;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private Long unit(String kode, String induk, String nama) {
        return units.buat(new UnitParameters(DemoUnits.id(jdbc, induk), kode, nama, JenisUnit.UNIT_KERJA, false,
                "Kepala " + nama, 1)).id();
    }

    private Long siapkan() {
        UserDetails admin = users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            unit("ITJEN-IR1", "ITJEN", "Inspektorat Wilayah I");
            unit("ITJEN-IR2", "ITJEN", "Inspektorat Wilayah II");
            unit("ITJEN-IR1-A", "ITJEN-IR1", "Bagian Pengawasan Wilayah I-A");
            unit("ITJEN-IR1-A-1", "ITJEN-IR1-A", "Subbagian Pengawasan I-A-1");
            Long itjen = DemoUnits.id(jdbc, "ITJEN");
            PerencanaanService.PkView pk = perencanaan.pk(itjen, 2026);
            Long pkId = pk != null ? pk.id() : perencanaan.buka(itjen, 2026).id();
            Long ss = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Meningkatnya tindak lanjut hasil pengawasan", null,
                    Perspective.CUSTOMER, 2);
            return perencanaan.simpanIku(pkId, perencanaan.versi(pkId), ss, null, IkuMother
                    .iku("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti")
                    .manual("Rekomendasi ditindaklanjuti", "Rekomendasi ditindaklanjuti / rekomendasi × 100%", null)
                    .satuan("%").bsc(Validity.PROXY, Control.MODERATE).kualitas(null).cascading(JenisCascading.C)
                    .konsolidasi(PeriodConsolidation.TAKE_LAST_KNOWN).tahunan().target("87.81")
                    .rasio("Rekomendasi ditindaklanjuti", "Rekomendasi").build());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void cascadeIndirect(String unitNama, String nama, String pembilang, String penyebut) {
        page.selectOption("#metode", "INDIRECT");
        page.selectOption("#unitId", new SelectOption().setLabel(
                page.locator("#unitId option", new Page.LocatorOptions().setHasText(unitNama))
                        .first().textContent()));
        page.selectOption("#konsolidasiLokasi", "RAW_DATA");
        page.fill("#nama", nama);
        page.fill("#pembilang", pembilang);
        page.fill("#penyebut", penyebut);
        page.click("[data-testid=form-cascading] button[type=submit]");
    }

    @Test
    void indirectToTwoUnitsConsolidatesAndDirectThreeLevelsDownIsRefused() {
        Long ikuId = siapkan();
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/cascading/iku/" + ikuId));
        cascadeIndirect("Inspektorat Wilayah I (", "Persentase rekomendasi Wilayah I yang ditindaklanjuti", "68",
                "75");
        assertThat(page.locator("[data-testid=galat-cascading]").allTextContents()).isEmpty();
        assertThat(teks("[data-testid=pesan]")).contains("Cascading tersimpan");
        cascadeIndirect("Inspektorat Wilayah II", "Persentase rekomendasi Wilayah II yang ditindaklanjuti", "213",
                "245");
        // (68 + 213) / (75 + 245) = 281 / 320 = 87,81 % — the upper target
        assertThat(teks("[data-testid=target-konsolidasi]")).isEqualTo("87,81");
        assertThat(teks("[data-testid=konsolidasi]")).contains("281 / 320").contains("sama dengan");
        assertThat(teks("[data-testid=tautan]")).contains("Inspektorat Wilayah I")
                .contains("Inspektorat Wilayah II").contains("68 / 75");

        page.selectOption("#metode", "DIRECT");
        page.selectOption("#unitId", new SelectOption().setLabel(
                page.locator("#unitId option", new Page.LocatorOptions()
                        .setHasText("Subbagian Pengawasan I-A-1")).first().textContent()));
        page.click("[data-testid=form-cascading] button[type=submit]");
        assertThat(teks("[data-testid=galat-unitId]"))
                .contains("Inspektorat Jenderal").contains("Subbagian Pengawasan I-A-1")
                .contains("melewati 3 level").contains("paling jauh 2 level");

        page.navigate(url("/cascading/unit/" + DemoUnits.id(jdbc, "ITJEN") + "?tahun=2026"));
        assertThat(teks("[data-testid=matriks-cascading]"))
                .contains("Persentase rekomendasi Wilayah II yang ditindaklanjuti").contains("87,81").contains("Tidak langsung (indirect)");
    }
}
