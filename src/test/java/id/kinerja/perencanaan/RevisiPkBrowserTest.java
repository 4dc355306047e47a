package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A revision from TW III keeps the targets of TW I-II and shows "semula / menjadi" (Marves: no cut-off). */
class RevisiPkBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private void sebagai(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** Given: an approved 2026 PK of Asdep Keamanan dan Ketahanan Maritim with one quarterly SUM IKU. */
    private Long pkDitetapkan() {
        try {
            sebagai("marves.pkounit");
            Long pkId = perencanaan.buka(DemoUnits.id(jdbc, "M-ASDEP-KM"), 2026).id();
            Long ss = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Meningkatnya keamanan dan ketahanan maritim", null,
                    Perspective.STAKEHOLDER, 1);
            Long iku = perencanaan.simpanIku(pkId, perencanaan.versi(pkId), ss, null, IkuMother.iku("Jumlah rekomendasi kebijakan")
                    .satuan("rekomendasi").target("100").build());
            perencanaan.simpanTrajektori(pkId, perencanaan.versi(pkId), iku, List.of(d("10"), d("20"), d("30"), d("40")));
            perencanaan.ajukan(pkId, perencanaan.pkById(pkId).version());
            sebagai("marves.pimpinan");
            perencanaan.tetapkan(pkId, perencanaan.pkById(pkId).version());
            return pkId;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void revisionFromTheThirdQuarterKeepsTheFirstTwoQuartersIntact() throws Exception {
        Long v1 = pkDitetapkan();
        masuk("marves.pkounit", "demo");
        page.navigate(url("/perencanaan/pk/" + v1));
        page.selectOption("#jenis-versi", "REVISI");
        page.selectOption("#mulai-tw", "3");
        page.fill("#alasan", "Tambahan penugasan dari Menko pada semester II");
        page.click("[data-testid=form-revisi] button[type=submit]");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Draf");
        assertThat(teks("[data-testid=info-revisi]")).contains("TW 3");
        String v2Url = page.url();
        Long v2 = Long.valueOf(v2Url.substring(v2Url.lastIndexOf('/') + 1));

        // TW I and II are history: read-only on the page, and refused by the service whatever is posted
        assertThat(page.getAttribute("[data-iku='S1.1-N'] input[name=t1]", "readonly")).isNotNull();
        assertThat(page.getAttribute("[data-iku='S1.1-N'] input[name=t3]", "readonly")).isNull();
        Long ikuV2 = jdbc.queryForObject("select i.id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", Long.class, v2);
        sebagai("marves.pkounit");
        try {
            assertThatThrownBy(() -> perencanaan.simpanTrajektori(v2, perencanaan.versi(v2), ikuV2,
                    List.of(d("15"), d("20"), d("40"), d("45"))))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "pk.revisi.periodeBeku");
        } finally {
            SecurityContextHolder.clearContext();
        }

        page.click("[data-iku='S1.1-N'] >> text=Ubah");
        page.fill("#target", "120");
        page.click("main button[type=submit]");
        page.fill("[data-iku='S1.1-N'] input[name=t3]", "40");
        page.fill("[data-iku='S1.1-N'] input[name=t4]", "50");
        page.click("[data-iku='S1.1-N'] button:has-text('Simpan')");
        assertThat(teks("[data-iku='S1.1-N']")).contains("sesuai");
        page.click("[data-testid=ajukan]");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Diajukan");

        context.clearCookies();
        masuk("marves.pimpinan", "demo");
        page.navigate(v2Url);
        page.click("[data-testid=tetapkan]");
        // a confirmation page says what approval means, then approves
        page.click("[data-testid=konfirmasi]");
        assertThat(teks("[data-testid=status-pk]")).isEqualTo("Ditetapkan");
        assertThat(teks("[data-testid=versi-pk]")).contains("Digantikan versi baru");
        assertThat(jdbc.queryForList("select t.target from target_periode t join iku i on i.id = t.iku_id "
                + "join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by t.nomor", BigDecimal.class, v2))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("10"), d("20"), d("40"), d("50"));

        byte[] pdf = page.request().get(v2Url + "/lembar-revisi.pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Semula").contains("Menjadi").contains("120,00 rekomendasi");
        }
        page.navigate(v2Url + "/manual-iku");
        assertThat(teks("h1")).isEqualTo("LEMBAR PENETAPAN REVISI KE-1 MANUAL INDIKATOR KINERJA UTAMA");
        page.navigate(v2Url + "/lembar-revisi");
        String lembar = teks("[data-testid=lembar-revisi]");
        assertThat(lembar).contains("S1.1-N").contains("100,00 rekomendasi").contains("120,00 rekomendasi")
                .contains("10,00 / 20,00 / 30,00 / 40,00").contains("10,00 / 20,00 / 40,00 / 50,00");
    }
}
