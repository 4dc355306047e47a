package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.bukti.BerkasUji;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence of realisation values (kind REALISASI) on the demo year: attached while the quarter's
 * report is with the planner, shown on the entry page, read-only once the report is approved,
 * out of reach for another unit.
 */
@IntegrationTest
class BuktiRealisasiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A quarterly value of the unit in the demo year 2026. */
    private long nilai(long unitId, int triwulan) {
        return jdbc.queryForObject("""
                select r.id from realisasi r join tahun_anggaran t on t.id = r.tahun_anggaran_id
                where r.unit_id = ? and t.tahun = 2026 and r.jenis_periode = 'TRIWULAN' and r.nomor = ?
                order by r.id limit 1
                """, Long.class, unitId, triwulan);
    }

    private MvcResult unggah(long realisasiId, String username) throws Exception {
        return mvc.perform(multipart("/bukti/REALISASI/{id}/berkas", realisasiId)
                .file(new MockMultipartFile("berkas", "Notulen TW.pdf", "application/pdf", BerkasUji.pdf()))
                .with(as(username)).with(csrf())).andReturn();
    }

    @Test
    void evidenceFollowsTheValuesReportAndUnit() throws Exception {
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        // the demo leaves Setjen's TW III report with the planner (not submitted)
        long terbuka = nilai(setjen, 3);
        MvcResult r = unggah(terbuka, "kemenlu.pkounit");
        assertThat(r.getFlashMap().get("buktiGalat")).isNull();
        Map<String, Object> row = jdbc.queryForMap(
                "select * from bukti_dukung where jenis_pemilik = 'REALISASI' and pemilik_id = ?", terbuka);
        assertThat(row.get("unit_id")).isEqualTo(setjen);
        assertThat(row.get("sha256")).isEqualTo(BerkasUji.SHA256_CONTOH_PDF);

        // the entry page lists it below the values, and the evidence page links back to it
        mvc.perform(get("/realisasi/unit/{u}/2026/3", setjen).with(as("kemenlu.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bukti-realisasi\"")))
                .andExpect(content().string(containsString("Notulen TW.pdf")))
                .andExpect(content().string(containsString(BerkasUji.SHA256_CONTOH_PDF)));
        mvc.perform(get("/bukti/REALISASI/{id}", terbuka).with(as("kemenlu.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Realisasi TW3 2026")))
                .andExpect(content().string(containsString("/realisasi/unit/" + setjen + "/2026/3")));

        // another unit's planner: forbidden, on the evidence page, the panel and the download
        for (String orangLain : new String[] {"kemenlu.perencana2", "marves.pko"}) {
            mvc.perform(get("/bukti/REALISASI/{id}", terbuka).with(as(orangLain))).andExpect(status().isForbidden());
            mvc.perform(get("/bukti/unduh/{id}", row.get("id")).with(as(orangLain))).andExpect(status().isForbidden());
            assertThat(unggah(terbuka, orangLain).getResponse().getStatus()).isEqualTo(403);
        }

        // TW I was approved in the demo: its evidence is read-only
        long disetujui = nilai(setjen, 1);
        assertThat(((Map<?, ?>) unggah(disetujui, "kemenlu.pkounit").getFlashMap().get("buktiGalat")).get("bukti"))
                .asString().contains("terkunci");
        mvc.perform(get("/bukti/REALISASI/{id}", disetujui).with(as("kemenlu.pkounit")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bukti-form-berkas"))));
        mvc.perform(get("/bukti/REALISASI/{id}", 987654321L).with(as("kemenlu.pkounit")))
                .andExpect(status().isNotFound());
    }
}
