package id.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The annual LKj waits in the signing head's inbox (and nobody else's), and once signed the
 * inspectorate's review is recorded once, by a reviewer who neither drafted nor signed it; the
 * reporting calendar then counts REVIU_LKJ (and MANUAL_IKU, with the PK) as handed in.
 */
@IntegrationTest
class LkjTandaTanganReviuTest {

    static final String UNIT = "ROREN";
    static final String BASIS = "/laporan/lkj/" + UNIT + "/2026/TAHUN";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<PenyerahanDokumen> penyerahan;

    @BeforeEach
    @AfterEach
    void bersihkan() {
        String lkjIni = "select l.id from lkj l join unit u on u.id = l.unit_id where u.kode = '" + UNIT
                + "' and l.tahun = 2026 and l.periode = 'TAHUN'";
        jdbc.update("delete from lkj_reviu where lkj_id in (" + lkjIni + ")");
        jdbc.update("delete from lkj_arsip where lkj_id in (" + lkjIni + ")");
        jdbc.update("delete from penyusun_dokumen where jenis = 'LKJ' and dokumen_id in (" + lkjIni + ")");
        jdbc.update("delete from lkj_bagian where lkj_id in (" + lkjIni + ")");
        jdbc.update("delete from lkj where id in (" + lkjIni + ")");
    }

    private MvcResult minta(MockHttpServletRequestBuilder b, String username) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private String kotakMasuk(String username) throws Exception {
        return minta(get("/kotak-masuk"), username).getResponse().getContentAsString();
    }

    private PenyerahanDokumen untuk(JenisDokumen jenis) {
        return penyerahan.stream().filter(p -> p.jenis() == jenis).findFirst().orElseThrow();
    }

    @Test
    void kotakMasukPimpinanLaluReviuInspektorat() throws Exception {
        long unitId = DemoUnits.id(jdbc, UNIT);
        assertThat(kotakMasuk("kemenlu.pimpinan")).doesNotContain("LKj menunggu tanda tangan");
        assertThat(minta(post(BASIS + "/ajukan"), "kemenlu.perencana").getResponse().getStatus()).isEqualTo(302);

        // the head who signs sees it, with a link straight to the report; the submitter does not
        assertThat(kotakMasuk("kemenlu.pimpinan")).contains("1 LKj menunggu tanda tangan Anda").contains(BASIS);
        assertThat(kotakMasuk("kemenlu.perencana")).doesNotContain("LKj menunggu tanda tangan");
        assertThat(kotakMasuk("marves.pimpinan")).doesNotContain("LKj menunggu tanda tangan");

        // no review before the signature
        assertThat(minta(post(BASIS + "/reviu").param("catatan", "Sesuai"), "kemenlu.validator").getFlashMap()
                .get("galatReviu")).isEqualTo(List.of("lkj.reviu.belumDitandatangani"));
        assertThat(untuk(JenisDokumen.REVIU_LKJ).diserahkan(unitId, 2026, "TAHUN")).isEmpty();

        assertThat(minta(post(BASIS + "/tandatangani"), "kemenlu.pimpinan").getResponse().getStatus()).isEqualTo(302);
        assertThat(kotakMasuk("kemenlu.pimpinan")).doesNotContain("LKj menunggu tanda tangan");

        // the head holds no reviewer role (403); an empty note is refused with the field's message
        assertThat(minta(post(BASIS + "/reviu").param("catatan", "Sesuai"), "kemenlu.pimpinan").getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(minta(post(BASIS + "/reviu").param("catatan", "  "), "kemenlu.validator").getFlashMap()
                .get("galatReviu")).isEqualTo(List.of("lkj.reviu.catatan.wajib"));
        // another ministry's reviewer is refused
        assertThat(minta(post(BASIS + "/reviu").param("catatan", "x"), "marves.validator").getResponse()
                .getStatus()).isEqualTo(403);

        String halaman = minta(get(BASIS), "kemenlu.validator").getResponse().getContentAsString();
        assertThat(halaman).contains("belum direviu").contains("data-testid=\"catat-reviu\"");
        MvcResult ok = minta(post(BASIS + "/reviu").param("catatan", "Reviu Inspektorat Jenderal: data sesuai."),
                "kemenlu.validator");
        assertThat(ok.getFlashMap().get("berhasil")).isEqualTo("lkj.reviu.tercatat");
        assertThat(minta(get(BASIS), "kemenlu.pko").getResponse().getContentAsString())
                .contains("Direviu oleh kemenlu.validator").contains("data sesuai")
                .doesNotContain("data-testid=\"catat-reviu\"");
        // once only
        assertThat(minta(post(BASIS + "/reviu").param("catatan", "lagi"), "kemenlu.validator").getFlashMap()
                .get("galatReviu")).isEqualTo(List.of("lkj.reviu.sudahAda"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'LkjReviu' and unit_id = ?",
                Long.class, unitId)).isPositive();

        // the calendar: the review and the Manual IKU (with the demo's approved PK) are handed in
        assertThat(untuk(JenisDokumen.REVIU_LKJ).diserahkan(unitId, 2026, "TAHUN")).isPresent();
        assertThat(untuk(JenisDokumen.MANUAL_IKU).diserahkan(unitId, 2026, "TAHUN"))
                .isEqualTo(untuk(JenisDokumen.PK).diserahkan(unitId, 2026, "TAHUN")).isPresent();
    }
}
