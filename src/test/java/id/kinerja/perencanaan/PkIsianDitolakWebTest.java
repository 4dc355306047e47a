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

    @Test
    void aBudgetWithoutProgramIsRefusedAtTheProgramWithTheAmountKept() throws Exception {
        long pk = pkDraf();
        String html = mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/anggaran", pk).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("program", " ")
                        .param("rincianOutput", "Laporan kajian").param("anggaran", "1.250.000"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "program")).isEqualTo("Program wajib diisi.");
        assertThat(kontrol(html, "anggaran-pk")).contains("value=\"1.250.000\"");
        assertThat(kontrol(html, "anggaran-rincianOutput")).contains("value=\"Laporan kajian\"");
        assertThat(html).containsPattern("for=\"program\"[^>]*>Program</label><span[^>]*data-testid=\"tanda-wajib\"");
        assertThat(jdbc.queryForObject("select count(*) from pk_anggaran where pk_id = ?", Integer.class, pk)).isZero();
    }

    @Test
    void anActivityWithoutNameIsRefusedAtTheNameWithTheRestKept() throws Exception {
        long pk = pkDraf();
        long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya layanan", null,
                Perspective.STAKEHOLDER, 1);
        long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null,
                IkuMother.iku("Jumlah layanan").satuan("layanan").target("10").build());
        String html = mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/kegiatan", pk).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("ikuId", "" + iku).param("triwulan", "3")
                        .param("nama", "").param("anggaran", "Rp 75.000.000").param("buktiDukung", "Notula rapat"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(galat(html, "nama")).isEqualTo("Nama kegiatan wajib diisi.");
        // the amount comes back as read (Indonesian digits), the text as typed
        assertThat(html).contains("value=\"75.000.000\"").contains("value=\"Notula rapat\"")
                .contains("<option value=\"3\" selected=\"selected\">3</option>");
        assertThat(jdbc.queryForObject("select count(*) from kegiatan_renaksi where iku_id = ?", Integer.class, iku))
                .isZero();
    }
}
