package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The PK workflow as its aggregate runs it (issue #9): a planner withdraws a submitted PK, the
 * approver sees who submitted it and when, and the history of notes; "Ditetapkan oleh" names the
 * approver. Each test drafts the PK of a unit it creates under Deputi KM (approved by
 * marves.pimpinan), drafted by the super admin, so no test builds on another's rows.
 */
@IntegrationTest
@WithUserDetails("admin")
class AlurPkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor sebagai(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String nama(String username) {
        return jdbc.queryForObject("select nama from pengguna where username = ?", String.class, username);
    }

    /** A submitted PK (one SS, one quarterly IKU) of a new unit under Deputi KM. */
    private long pkDiajukan(String awalan) {
        String kode = awalan + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long unitId = units.buat(new UnitParameters(DemoUnits.id(jdbc, "M-DEP1"), kode, "Unit uji " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        long pk = perencanaan.buka(unitId, 2026).id();
        long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya keamanan maritim", null,
                Perspective.STAKEHOLDER, 1);
        long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku(
                "Jumlah rekomendasi kebijakan").satuan("rekomendasi").target("100").build());
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), iku, List.of(new BigDecimal("10"),
                new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("40")));
        perencanaan.ajukan(pk, perencanaan.versi(pk));
        return pk;
    }

    private String statusPk(long pk) {
        return jdbc.queryForObject("select status from perjanjian_kinerja where id = ?", String.class, pk);
    }

    private List<String> riwayat(long pk) {
        return jdbc.queryForList("select langkah || ':' || oleh || ':' || coalesce(catatan, '') from pk_riwayat "
                + "where pk_id = ? order by pada, id", String.class, pk);
    }

    private String halaman(long pk, String username) throws Exception {
        return mvc.perform(get("/perencanaan/pk/{id}", pk).with(sebagai(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePlannerWithdrawsASubmittedPkBackToDraftAndTheStepIsAudited() throws Exception {
        long pk = pkDiajukan("TARIK");
        assertThat(halaman(pk, "admin")).contains("data-testid=\"tarik\"");
        mvc.perform(post("/perencanaan/pk/{id}/tarik", pk).with(csrf()).param("version", "" + perencanaan.versi(pk)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusPk(pk)).isEqualTo("DRAFT");
        assertThat(riwayat(pk)).containsExactly("AJUKAN:admin:", "TARIK:admin:");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'PerjanjianKinerja' "
                + "and entitas_id = ? and aksi = 'BUKA_KEMBALI'", Integer.class, String.valueOf(pk))).isOne();
        // a draft is not withdrawn again: the rule is the aggregate's, the PK stays a draft
        mvc.perform(post("/perencanaan/pk/{id}/tarik", pk).with(csrf()).param("version", "" + perencanaan.versi(pk)))
                .andExpect(status().is4xxClientError());
        assertThat(statusPk(pk)).isEqualTo("DRAFT");
        assertThat(riwayat(pk)).hasSize(2);
    }

    @Test
    void aPlannerOfAnotherUnitCannotWithdrawIt() throws Exception {
        long pk = pkDiajukan("TARIK-LAIN");
        mvc.perform(post("/perencanaan/pk/{id}/tarik", pk).with(sebagai("marves.perencana")).with(csrf())
                .param("version", "" + perencanaan.versi(pk))).andExpect(status().isForbidden());
        // the approver decides, but does not withdraw someone else's submission either
        mvc.perform(post("/perencanaan/pk/{id}/tarik", pk).with(sebagai("kemenlu.perencana")).with(csrf())
                .param("version", "" + perencanaan.versi(pk))).andExpect(status().isForbidden());
        assertThat(statusPk(pk)).isEqualTo("DIAJUKAN");
    }

    @Test
    void theApproverSeesWhoSubmittedAndWhenTheNotesAndApprovalIsSignedByName() throws Exception {
        long pk = pkDiajukan("RIWAYAT");
        String admin = nama("admin");
        String html = halaman(pk, "marves.pimpinan");
        assertThat(html).contains("data-testid=\"info-diajukan\"").contains("Diajukan oleh " + admin + " pada ")
                .doesNotContain("data-testid=\"tarik\"");
        mvc.perform(post("/perencanaan/pk/{id}/kembalikan", pk).with(sebagai("marves.pimpinan")).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("catatan", "Target TW II terlalu rendah"))
                .andExpect(status().is3xxRedirection());
        // (a request as another user leaves that user in the test's context: every step goes through HTTP)
        mvc.perform(post("/perencanaan/pk/{id}/ajukan", pk).with(sebagai("admin")).with(csrf())
                .param("version", "" + perencanaan.versi(pk))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/perencanaan/pk/{id}/tetapkan", pk).with(sebagai("marves.pimpinan")).with(csrf())
                .param("version", "" + perencanaan.versi(pk))).andExpect(status().is3xxRedirection());
        assertThat(riwayat(pk)).containsExactly("AJUKAN:admin:", "KEMBALIKAN:marves.pimpinan:Target TW II terlalu rendah",
                "AJUKAN:admin:", "TETAPKAN:marves.pimpinan:");
        String pimpinan = nama("marves.pimpinan");
        html = halaman(pk, "admin");
        assertThat(html).contains("Ditetapkan oleh " + pimpinan).doesNotContain("Ditetapkan oleh marves.pimpinan")
                .contains("data-testid=\"riwayat-pk\"").contains("Target TW II terlalu rendah");
    }
}
