package id.kinerja.cascading;

import static id.kinerja.support.Html.galat;
import static id.kinerja.support.Html.kontrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Alignment and crosscutting forms: a refusal answers 400 with the message at its field and the input kept. */
@IntegrationTest
@WithUserDetails("admin")
class KeselarasanDitolakWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    private long ikuDraf() {
        String kode = "SEL-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long unitId = units.buat(new UnitParameters(DemoUnits.id(jdbc, "M-DEP1"), kode, "Unit uji " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        long pk = perencanaan.buka(unitId, 2026).id();
        long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya keamanan maritim", null,
                Perspective.STAKEHOLDER, 1);
        return perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku(
                "Jumlah rekomendasi kebijakan").satuan("rekomendasi").target("100").build());
    }

    private int kontributor(long iku) {
        return jdbc.queryForObject("select count(*) from kontributor_crosscutting where iku_id = ?", Integer.class, iku);
    }

    @Test
    void aContributorWithoutRoleIsRefusedAtTheRoleWithTheNameKept() throws Exception {
        long iku = ikuDraf();
        String html = mvc.perform(post("/cascading/iku/{i}/keselarasan/kontributor", iku).with(csrf())
                        .param("namaEksternal", "Badan Riset dan Inovasi Nasional").param("peran", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "peran")).isEqualTo("Peran kontributor wajib diisi.");
        assertThat(kontrol(html, "namaEksternal")).contains("value=\"Badan Riset dan Inovasi Nasional\"");
        assertThat(html).contains("data-testid=\"tanda-wajib\"");
        assertThat(kontributor(iku)).isZero();
    }

    @Test
    void aTooLongRoleNamesTheFieldAndKeepsTheText() throws Exception {
        long iku = ikuDraf();
        String peran = "P" + "e".repeat(500);
        String html = mvc.perform(post("/cascading/iku/{i}/keselarasan/kontributor", iku).with(csrf())
                        .param("namaEksternal", "BRIN").param("peran", peran))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "peran")).isEqualTo("Peran paling banyak 500 karakter.");
        assertThat(kontrol(html, "peran")).contains("value=\"" + peran + "\"");
        assertThat(kontributor(iku)).isZero();
    }

    @Test
    void anAlignmentWithoutPartnerIsRefusedAtThePartnerWithTheNoteKept() throws Exception {
        long iku = ikuDraf();
        String html = mvc.perform(post("/cascading/iku/{i}/keselarasan", iku).with(csrf())
                        .param("jenis", "PENDUKUNG").param("keterangan", "Data bersama"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "pendukungId")).contains("IKU unit selevel");
        assertThat(kontrol(html, "keterangan")).contains("value=\"Data bersama\"");
    }
}
