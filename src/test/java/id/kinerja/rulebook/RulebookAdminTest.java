package id.kinerja.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.scoring.Rulebooks;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RulebookAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RulebookService rulebooks;

    /** The shipped migration carries exactly the contract's rulebooks. */
    @Test
    void shippedRulebooksAreTheEnginesRulebooks() {
        var awal = new RulebookVersi.Periode(2001, 1);
        assertThat(rulebooks.berlaku("KEMENLU_BSC", awal)).isEqualTo(Rulebooks.KEMENLU_BSC);
        assertThat(rulebooks.berlaku("MARVES", awal)).isEqualTo(Rulebooks.MARVES);
        assertThat(rulebooks.berlaku("KEMENKEU", awal)).isEqualTo(Rulebooks.KEMENKEU);
    }

    private MockHttpServletRequestBuilder simpanKemenkeu(String oleh, int tahun, int tw, String labelBaik) {
        return post("/admin/rulebook/KEMENKEU").with(user(users.loadUserByUsername(oleh))).with(csrf())
                .param("berlakuTahun", String.valueOf(tahun)).param("berlakuTriwulan", String.valueOf(tw))
                .param("keterangan", "Penyesuaian label predikat").param("cap", "120").param("floor", "0")
                .param("predikat[0].kode", "SANGAT_BAIK").param("predikat[0].label", "Sangat Baik")
                .param("predikat[0].bawah", "100").param("predikat[0].atas", "120").param("predikat[0].atasInklusif", "true")
                .param("predikat[1].kode", "BAIK").param("predikat[1].label", labelBaik)
                .param("predikat[1].bawah", "90").param("predikat[1].bawahInklusif", "true")
                .param("predikat[1].atas", "100").param("predikat[1].atasInklusif", "true")
                .param("predikat[2].kode", "CUKUP").param("predikat[2].label", "Cukup")
                .param("predikat[2].bawah", "70").param("predikat[2].bawahInklusif", "true").param("predikat[2].atas", "90")
                .param("predikat[3].kode", "KURANG").param("predikat[3].label", "Kurang")
                .param("predikat[3].bawah", "50").param("predikat[3].bawahInklusif", "true").param("predikat[3].atas", "70")
                .param("predikat[4].kode", "SANGAT_KURANG").param("predikat[4].label", "Sangat Kurang")
                .param("predikat[4].atas", "50")
                .param("status[0].kode", "HIJAU").param("status[0].label", "Memenuhi Ekspektasi")
                .param("status[0].bawah", "100").param("status[0].bawahInklusif", "true")
                .param("status[0].atas", "120").param("status[0].atasInklusif", "true")
                .param("status[1].kode", "KUNING").param("status[1].label", "Belum Memenuhi Ekspektasi")
                .param("status[1].bawah", "80").param("status[1].bawahInklusif", "true").param("status[1].atas", "100")
                .param("status[2].kode", "MERAH").param("status[2].label", "Tidak Memenuhi Ekspektasi")
                .param("status[2].atas", "80")
                .param("batasIku[0].level", "ONE").param("batasIku[0].min", "15").param("batasIku[0].max", "20");
    }

    @Test
    void aChangeIsANewVersionFromAFutureQuarterAndIsAudited() throws Exception {
        int tahunDepan = rulebooks.periodeSekarang().tahun() + 1;
        mvc.perform(simpanKemenkeu("admin", tahunDepan, 1, "Baik Sekali"))
                .andExpect(status().is3xxRedirection());
        assertThat(rulebooks.berlaku("KEMENKEU", new RulebookVersi.Periode(tahunDepan, 2)).predikat(
                new BigDecimal("95")).label()).isEqualTo("Baik Sekali");
        // the quarter before the change keeps the old rules
        assertThat(rulebooks.berlaku("KEMENKEU", rulebooks.periodeSekarang()).predikat(new BigDecimal("95")).label())
                .isEqualTo("Baik");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'RulebookVersi' "
                + "and sesudah::text like '%Baik Sekali%'", Integer.class)).isPositive();
    }

    @Test
    void cascadeDepthPerLevelIsPartOfTheRulebook() throws Exception {
        assertThat(Rulebooks.KEMENLU_BSC.cascadeDepth("ONE")).isEqualTo(2);
        int tahunDepan = rulebooks.periodeSekarang().tahun() + 1;
        mvc.perform(post("/admin/rulebook/KEMENLU_BSC").with(user(users.loadUserByUsername("kemenlu.pko"))).with(csrf())
                        .param("berlakuTahun", String.valueOf(tahunDepan)).param("berlakuTriwulan", "2")
                        .param("keterangan", "Eselon I boleh cascade langsung sampai level Four")
                        .param("cap", "120").param("floor", "0")
                        .param("bobot[0].set", "FOUR").param("bobot[0].perspektif", "STAKEHOLDER").param("bobot[0].bobot", "25")
                        .param("bobot[1].set", "FOUR").param("bobot[1].perspektif", "CUSTOMER").param("bobot[1].bobot", "15")
                        .param("bobot[2].set", "FOUR").param("bobot[2].perspektif", "INTERNAL_PROCESS").param("bobot[2].bobot", "30")
                        .param("bobot[3].set", "FOUR").param("bobot[3].perspektif", "LEARNING_GROWTH").param("bobot[3].bobot", "30")
                        .param("status[0].kode", "HIJAU").param("status[0].label", "Memenuhi Ekspektasi")
                        .param("status[0].bawah", "100").param("status[0].bawahInklusif", "true")
                        .param("status[0].atas", "120").param("status[0].atasInklusif", "true")
                        .param("kedalamanCascading[0].level", "one").param("kedalamanCascading[0].max", "3"))
                .andExpect(status().is3xxRedirection());
        var baru = rulebooks.berlaku("KEMENLU_BSC", new RulebookVersi.Periode(tahunDepan, 3));
        assertThat(baru.cascadeDepth("ONE")).isEqualTo(3);
        // the deadlines shipped by V8 were not in the form post: the new version falls back to 31 January
        assertThat(baru.pkDeadline("ONE", 2027)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(Rulebooks.KEMENLU_BSC.pkDeadline("TWO", 2026)).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(rulebooks.berlaku("KEMENLU_BSC", new RulebookVersi.Periode(2026, 1)).pkDeadline("WIDE", 2026))
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(baru.cascadeDepth("TWO")).isEqualTo(2);
    }

    @Test
    void backdatingIsRefusedAtTheQuarterField() throws Exception {
        mvc.perform(simpanKemenkeu("admin", 2020, 1, "Baik"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "berlakuTriwulan"))
                .andExpect(content().string(Matchers.containsString("tidak boleh berlaku surut")));
    }

    @Test
    void weightsMustSumToAHundred() throws Exception {
        int tahunDepan = rulebooks.periodeSekarang().tahun() + 1;
        mvc.perform(post("/admin/rulebook/KEMENLU_BSC").with(user(users.loadUserByUsername("kemenlu.pko"))).with(csrf())
                        .param("berlakuTahun", String.valueOf(tahunDepan)).param("berlakuTriwulan", "1")
                        .param("keterangan", "uji").param("cap", "120").param("floor", "0")
                        .param("bobot[0].set", "FOUR").param("bobot[0].perspektif", "STAKEHOLDER").param("bobot[0].bobot", "30")
                        .param("bobot[1].set", "FOUR").param("bobot[1].perspektif", "CUSTOMER").param("bobot[1].bobot", "15")
                        .param("bobot[2].set", "FOUR").param("bobot[2].perspektif", "INTERNAL_PROCESS").param("bobot[2].bobot", "30")
                        .param("bobot[3].set", "FOUR").param("bobot[3].perspektif", "LEARNING_GROWTH").param("bobot[3].bobot", "30")
                        .param("status[0].kode", "HIJAU").param("status[0].label", "Memenuhi Ekspektasi")
                        .param("status[0].bawah", "100").param("status[0].bawahInklusif", "true").param("status[0].atas", "120")
                        .param("status[0].atasInklusif", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("set FOUR harus 100 (sekarang 105)")));
    }

    @Test
    void onlyTheCentralPkoOfAnOrganisationUsingTheRulebookMayChangeIt() throws Exception {
        int tahunDepan = rulebooks.periodeSekarang().tahun() + 1;
        mvc.perform(simpanKemenkeu("marves.pko", tahunDepan, 2, "Baik")).andExpect(status().isForbidden());
        mvc.perform(simpanKemenkeu("kemenlu.pkounit", tahunDepan, 2, "Baik")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/rulebook/MARVES").with(user(users.loadUserByUsername("marves.pko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Simpan sebagai versi baru")));
    }
}
