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
import id.kinerja.support.IkuMother;
import id.kinerja.support.IntegrationTest;
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
 * The return note and the reason of a new version are varchar(1000): a longer text is refused by
 * the aggregate with a message at the field, the text kept in it, and nothing written (no 500 from
 * the database).
 */
@IntegrationTest
@WithUserDetails("admin")
class TeksPanjangPkTest {

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

    @Test
    void aReturnNoteOfMoreThan1000CharactersIsRefusedAtItsFieldAndKept() throws Exception {
        long pk = pkDiajukan("CATATAN");
        // the page's input says so before anything is sent
        assertThat(mvc.perform(get("/perencanaan/pk/{id}", pk).with(sebagai("marves.pimpinan"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"catatan\" required maxlength=\"1000\"");
        String catatan = "Catatan " + "x".repeat(993); // 1001
        String html = mvc.perform(post("/perencanaan/pk/{id}/kembalikan", pk).with(sebagai("marves.pimpinan"))
                        .with(csrf()).param("version", "" + perencanaan.versi(pk)).param("catatan", catatan))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-testid=\"galat-catatan\"")
                .contains("Catatan pengembalian paling panjang 1000 karakter").contains("value=\"" + catatan + "\"");
        assertThat(statusPk(pk)).isEqualTo("DIAJUKAN");
        // exactly 1000 is stored
        mvc.perform(post("/perencanaan/pk/{id}/kembalikan", pk).with(sebagai("marves.pimpinan")).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("catatan", catatan.substring(1)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusPk(pk)).isEqualTo("DIKEMBALIKAN");
        // the audit trail keeps the whole note (its keterangan column holds 500)
        assertThat(jdbc.queryForObject("select sesudah ->> 'catatan' from audit_log where entitas = 'PerjanjianKinerja' "
                + "and entitas_id = ? and aksi = 'KEMBALIKAN'", String.class, String.valueOf(pk)))
                .isEqualTo(catatan.substring(1));
    }

    @Test
    void aReasonOfMoreThan1000CharactersIsRefusedAtItsFieldAndKept() throws Exception {
        long pk = pkDiajukan("ALASAN");
        mvc.perform(post("/perencanaan/pk/{id}/tetapkan", pk).with(sebagai("marves.pimpinan")).with(csrf())
                .param("version", "" + perencanaan.versi(pk))).andExpect(status().is3xxRedirection());
        assertThat(statusPk(pk)).isEqualTo("DITETAPKAN");
        String alasan = "Alasan " + "y".repeat(994); // 1001
        String html = mvc.perform(post("/perencanaan/pk/{id}/versi", pk).with(csrf())
                        .param("version", "" + perencanaan.versi(pk)).param("jenis", "REVISI")
                        .param("mulaiTriwulan", "2").param("alasan", alasan))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Alasan perubahan paling panjang 1000 karakter").contains("value=\"" + alasan + "\"")
                .contains("maxlength=\"1000\"");
        assertThat(id.kinerja.support.Html.galat(html, "alasan")).isEqualTo("Alasan perubahan paling panjang 1000 karakter.");
        assertThat(html).contains("<option value=\"2\" selected=\"selected\">TW 2</option>")
                .containsPattern("for=\"alasan\"[^>]*>Alasan perubahan</label><span[^>]*data-testid=\"tanda-wajib\"");
        assertThat(jdbc.queryForObject("select count(*) from perjanjian_kinerja where unit_id = "
                + "(select unit_id from perjanjian_kinerja where id = ?)", Integer.class, pk)).isOne();
    }
}
