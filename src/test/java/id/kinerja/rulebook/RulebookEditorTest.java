package id.kinerja.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The rulebook editor speaks the user's language (issue #9 "rulebook editor codes FOUR/THREE,
 * ONE/TWO/WIDE and a BB-HH date format"): levels and perspective sets by label in both languages,
 * dates as day + month selects with an Indonesian field message, the engine's refusals in
 * Indonesian at the row, the input kept, and a save over someone else's change refused with 409.
 */
@IntegrationTest
class RulebookEditorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RulebookService rulebooks;

    @Autowired
    JdbcTemplate jdbc;

    private String halaman(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(users.loadUserByUsername("kemenlu.pko")))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void levelsSetsAndDatesAreShownByLabelInBothLanguages() throws Exception {
        String id = halaman("/admin/rulebook/KEMENLU_BSC");
        assertThat(id).contains("Empat perspektif", "Tiga perspektif", "Eselon I (One)", "Kementerian (Wide)",
                "Semua level lain", "Januari", "Desember", "tanggal pada bulan berikutnya", "LKj Tahunan")
                .doesNotContain("BB-HH", ">FOUR<", ">THREE<", ">d8<");
        // the stored codes are only option values: the level select of the first IKU limit holds WIDE
        assertThat(id).containsPattern("<option value=\"WIDE\" selected=\"selected\">Kementerian \\(Wide\\)</option>");
        // the shipped cut-off 10-20 shows as day 20 of October
        assertThat(id).containsPattern("name=\"batasRevisiHari\"[^>]*>(?s).*?<option value=\"20\" selected=\"selected\">")
                .containsPattern("name=\"batasRevisiBulan\"[^>]*>(?s).*?<option value=\"10\" selected=\"selected\">Oktober");
        String en = halaman("/admin/rulebook/KEMENLU_BSC?lang=en");
        assertThat(en).contains("Four perspectives", "Echelon I (One)", "All other levels", "October",
                "day of the following month", "Annual LKj");
    }

    /** A valid Kemenlu post (the four-perspective set and one status band) from next year. */
    private MockHttpServletRequestBuilder simpan(Long versi) {
        return simpan(versi, "Uji editor");
    }

    private MockHttpServletRequestBuilder simpan(Long versi, String keterangan) {
        int tahunDepan = rulebooks.periodeSekarang().tahun() + 1;
        MockHttpServletRequestBuilder b = post("/admin/rulebook/KEMENLU_BSC")
                .with(user(users.loadUserByUsername("kemenlu.pko"))).with(csrf())
                .param("berlakuTahun", String.valueOf(tahunDepan)).param("berlakuTriwulan", "1")
                .param("keterangan", keterangan).param("cap", "120").param("floor", "0")
                .param("bobot[0].set", "FOUR").param("bobot[0].perspektif", "STAKEHOLDER").param("bobot[0].bobot", "25")
                .param("bobot[1].set", "FOUR").param("bobot[1].perspektif", "CUSTOMER").param("bobot[1].bobot", "15")
                .param("bobot[2].set", "FOUR").param("bobot[2].perspektif", "INTERNAL_PROCESS").param("bobot[2].bobot", "30")
                .param("bobot[3].set", "FOUR").param("bobot[3].perspektif", "LEARNING_GROWTH").param("bobot[3].bobot", "30")
                .param("status[0].kode", "HIJAU").param("status[0].label", "Memenuhi Ekspektasi")
                .param("status[0].bawah", "100").param("status[0].bawahInklusif", "true")
                .param("status[0].atas", "120").param("status[0].atasInklusif", "true");
        return versi == null ? b : b.param("versi", String.valueOf(versi));
    }

    private long jumlahVersi() {
        return jdbc.queryForObject("select count(*) from rulebook_versi where kode = 'KEMENLU_BSC'", Long.class);
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAtItsFieldAndTheChoiceIsKept() throws Exception {
        long sebelum = jumlahVersi();
        MvcResult r = mvc.perform(simpan(rulebooks.token("KEMENLU_BSC")).param("batasRevisiHari", "31")
                .param("batasRevisiBulan", "2").param("batasPk[0].level", "ONE").param("batasPk[0].hari", "20"))
                .andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        // the message sits at its field (data-testid galat-<field>), the required fields carry the marker
        assertThat(html).contains("data-testid=\"galat-batasRevisiHari\"")
                .containsPattern("for=\"keterangan\"[^>]*>[^<]*</label><span[^>]*data-testid=\"tanda-wajib\"");
        assertThat(html).contains("Tanggal 31 pada bulan ke-2 tidak ada di kalender.",
                "Pilih tanggal dan bulannya sekaligus, atau kosongkan keduanya.")
                .containsPattern("name=\"batasRevisiHari\"[^>]*>(?s).*?<option value=\"31\" selected=\"selected\">");
        assertThat(jumlahVersi()).isEqualTo(sebelum);
    }

    @Test
    void theEnginesRulesAreExplainedInIndonesianAtTheRow() throws Exception {
        String html = mvc.perform(simpan(rulebooks.token("KEMENLU_BSC"))
                        .param("status[1].kode", "KUNING").param("status[1].label", "Belum Memenuhi Ekspektasi")
                        .param("status[1].bawah", "90").param("status[1].bawahInklusif", "true").param("status[1].atas", "110")
                        .param("status[2].kode", "MERAH").param("status[2].label", "Tidak Memenuhi Ekspektasi")
                        .param("status[2].bawah", "80").param("status[2].atas", "70")
                        .param("batasIku[0].level", "SEVEN").param("batasIku[0].max", "5")
                        .param("kalender[0].dokumen", "LKJ_TRIWULAN").param("kalender[0].level", "TWO")
                        .param("kalender[0].jenis", "TANGGAL_BULAN_BERIKUT").param("kalender[0].angka", "30"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Rentang &quot;Belum Memenuhi Ekspektasi&quot; bertumpang tindih dengan rentang "
                        + "&quot;Memenuhi Ekspektasi&quot;.", "Batas atas harus lebih besar dari batas bawah",
                        "Level &quot;SEVEN&quot; tidak dikenal",
                        "Tanggal batas pelaporan harus 1 sampai 28.")
                .doesNotContain("overlaps", "empty interval", "invalid deadline", "invalid calendar")
                // input kept
                .contains("value=\"110\"", "value=\"30\"");
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsA409WithTheInputKept() throws Exception {
        long sebelum = jumlahVersi();
        MvcResult r = mvc.perform(simpan(rulebooks.token("KEMENLU_BSC") - 1, "Perubahan saya"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString()).contains("baru saja disimpan oleh pengguna lain",
                "value=\"Perubahan saya\"", "value=\"" + rulebooks.token("KEMENLU_BSC") + "\"");
        assertThat(jumlahVersi()).isEqualTo(sebelum);
    }
}
