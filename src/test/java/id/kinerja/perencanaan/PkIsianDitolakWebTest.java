package id.kinerja.perencanaan;

import static id.kinerja.support.Html.galat;
import static id.kinerja.support.Html.kontrol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The PK page's signatories form: a refused value answers 400 with the message at its field and the input kept. */
@IntegrationTest
@WithUserDetails("admin")
class PkIsianDitolakWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    private long pkDraf() {
        String kode = "TTD-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long unitId = units.buat(new UnitParameters(DemoUnits.id(jdbc, "M-DEP1"), kode, "Unit uji " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        return perencanaan.buka(unitId, 2026).id();
    }

    @Test
    void aTooLongNameAndABadNipAreRefusedAtTheirFieldsWithTheInputKept() throws Exception {
        long pk = pkDraf();
        String nama = "N" + "a".repeat(200);
        String html = mvc.perform(post("/perencanaan/pk/{id}/pihak", pk).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("pertamaNama", nama)
                        .param("pertamaJabatan", "Kepala Unit Uji").param("keduaNama", "Budi")
                        .param("keduaNip", "123 45"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "pertamaNama")).isEqualTo("Nama Pihak Pertama paling banyak 200 karakter.");
        assertThat(kontrol(html, "pertamaNama")).contains("value=\"" + nama + "\"").contains("is-invalid");
        assertThat(galat(html, "keduaNip")).contains("NIP \"123 45\" tidak sah");
        assertThat(kontrol(html, "keduaNip")).contains("value=\"123 45\"");
        assertThat(kontrol(html, "pertamaJabatan")).contains("value=\"Kepala Unit Uji\"");
        assertThat(jdbc.queryForObject("select pihak_pertama_nama from perjanjian_kinerja where id = ?", String.class, pk))
                .isNotEqualTo(nama);
    }
}
