package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.Validity;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 9 item 1 / issue 10 item 3 on every planning form: numbers typed the Indonesian way
 * ({@code 1.000} = a thousand, {@code Rp 75.000.000}), and anything else refused at its field with
 * the typed text kept, never a bare 400/409 page.
 */
@IntegrationTest
@WithUserDetails(AngkaMasukanTest.AKUN)
class AngkaMasukanTest {

    static final String AKUN = "marves.pko";

    @Autowired
    MockMvc mvc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitService units;

    private long pkId;
    private long ssId;

    @BeforeEach
    void siapkan() {
        // a fresh sibling of Asdep Investasi for each test: no test builds on another's PK
        long unit = UnitUji.saudara(users, units, jdbc, "M-ASDEP-INV", "ANGKA");
        pkId = perencanaan.buka(unit, 2026).id();
        ssId = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Meningkatnya realisasi investasi " + System.nanoTime(), null,
                Perspective.INTERNAL_PROCESS, 1);
    }

    /** The PK's current version, as the form would carry it. */
    private String versi() {
        return String.valueOf(perencanaan.versi(pkId));
    }

    private MockHttpServletRequestBuilder iku(String nama, String target) {
        return post("/perencanaan/pk/{id}/iku", pkId).with(csrf()).param("version", versi()).param("ssId", String.valueOf(ssId))
                .param("urutan", "1").param("nama", nama).param("definisi", "d").param("formula", "f")
                .param("satuan", "proyek").param("jenisCascading", "N").param("konsolidasiPeriode", "SUM")
                .param("polarisasi", "MAXIMIZE").param("periodePelaporan", "TRIWULAN").param("kualitas", "OUTPUT")
                .param("target", target);
    }

    private BigDecimal target(String nama) {
        return jdbc.queryForObject("select target from iku where ss_id = ? and nama = ?", BigDecimal.class, ssId,
                nama);
    }

    @Test
    void anIkuTargetOfOneThousandIsAThousand() throws Exception {
        mvc.perform(iku("Proyek investasi difasilitasi", "1.000")).andExpect(status().is3xxRedirection());
        assertThat(target("Proyek investasi difasilitasi")).isEqualByComparingTo("1000");
        mvc.perform(iku("Nilai investasi", "1.234,5")).andExpect(status().is3xxRedirection());
        assertThat(target("Nilai investasi")).isEqualByComparingTo("1234.5");
    }

    @Test
    void anAmbiguousTargetIsRefusedAtTheFieldWithTheInputKept() throws Exception {
        String html = mvc.perform(iku("Proyek ambigu", "1.5")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "target"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Target: &quot;1.5&quot; tidak jelas")
                .contains("Gunakan koma untuk desimal: 1,5; titik hanya pemisah ribuan: 1.000")
                .contains("value=\"1.5\"");
        assertThat(jdbc.queryForObject("select count(*) from iku where ss_id = ?", Integer.class, ssId)).isZero();
    }

    @Test
    void aTargetTooFineToStoreIsRefusedNotStoredAsZero() throws Exception {
        String html = mvc.perform(iku("Proyek halus", "0,0000001")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "target"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Paling banyak 6 digit di belakang koma");
        assertThat(jdbc.queryForObject("select count(*) from iku where ss_id = ?", Integer.class, ssId)).isZero();
        mvc.perform(iku("Proyek besar", "9".repeat(100_000))).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "target"));
    }

    @Test
    void budgetLinesAreRupiahTheWayTheAppShowsThem() throws Exception {
        for (String[] baris : List.of(new String[] {"Program A", "Rp 75.000.000", "75000000"},
                new String[] {"Program B", "150.000.000", "150000000"},
                new String[] {"Program C", "250.000.000,50", "250000000.50"},
                new String[] {"Program D", "Rp. 12,5", "12.50"})) {
            mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/anggaran", pkId).with(csrf()).param("version", versi())
                            .param("program", baris[0]).param("anggaran", baris[1]))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select anggaran from pk_anggaran where pk_id = ? and program = ?"
                    + " order by id desc limit 1", BigDecimal.class, pkId, baris[0]))
                    .as(baris[1]).isEqualByComparingTo(baris[2]);
        }
        String halaman = mvc.perform(MockMvcRequestBuilders
                        .get("/perencanaan/pk/{id}/rencana-aksi", pkId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(halaman).contains("75.000.000").contains("250.000.000,50");
        // the signed PK keeps the cents too (it printed whole rupiah)
        String cetak = mvc.perform(MockMvcRequestBuilders
                        .get("/perencanaan/pk/{id}/cetak", pkId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cetak).contains("Rp\u00a0250.000.000,50").contains("Rp\u00a075.000.000<");
    }

    @Test
    void aNegativeOrMistypedBudgetIsShownAtTheFieldNotAs409() throws Exception {
        String html = mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/anggaran", pkId).with(csrf()).param("version", versi())
                        .param("program", "Program negatif").param("anggaran", "-5.000"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Anggaran: Tidak boleh negatif").contains("value=\"-5.000\"")
                .contains("value=\"Program negatif\"");
        html = mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/anggaran", pkId).with(csrf()).param("version", versi())
                        .param("program", "Program salah ketik").param("anggaran", "150.000.00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("tidak jelas").contains("value=\"150.000.00\"");
        assertThat(jdbc.queryForObject("select count(*) from pk_anggaran where pk_id = ? and program like 'Program %"
                + "t%' and program in ('Program negatif', 'Program salah ketik')", Integer.class, pkId)).isZero();
    }

    @Test
    void activityBudgetsAreRupiahToo() throws Exception {
        mvc.perform(iku("Proyek dengan kegiatan", "40")).andExpect(status().is3xxRedirection());
        Long iku = jdbc.queryForObject("select id from iku where ss_id = ? and nama = 'Proyek dengan kegiatan'",
                Long.class, ssId);
        mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/kegiatan", pkId).with(csrf()).param("version", versi())
                        .param("ikuId", iku.toString()).param("triwulan", "2").param("nama", "Rapat koordinasi")
                        .param("anggaran", "Rp 75.000.000"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select anggaran from kegiatan_renaksi where iku_id = ?", BigDecimal.class,
                iku)).isEqualByComparingTo("75000000");
        String html = mvc.perform(post("/perencanaan/pk/{id}/rencana-aksi/kegiatan", pkId).with(csrf()).param("version", versi())
                        .param("ikuId", iku.toString()).param("triwulan", "3").param("nama", "Kunjungan lapangan")
                        .param("anggaran", "1.5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Anggaran: &quot;1.5&quot; tidak jelas").contains("value=\"Kunjungan lapangan\"")
                .contains("value=\"1.5\"");
    }

    @Test
    void aTrajectoryTypoKeepsTheInputAndSaysWhichBox() throws Exception {
        mvc.perform(iku("Proyek per triwulan", "1.000")).andExpect(status().is3xxRedirection());
        Long iku = jdbc.queryForObject("select id from iku where ss_id = ? and nama = 'Proyek per triwulan'",
                Long.class, ssId);
        String html = mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/trajektori", pkId, iku)
                        .with(csrf()).param("version", versi()).param("jumlah", "4").param("t1", "250").param("t2", "2,5,0")
                        .param("t3", "250").param("t4", "250"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Target periode ke-2: &quot;2,5,0&quot; bukan angka")
                .contains("value=\"2,5,0\"").contains("data-testid=\"galat-trajektori\"");
        assertThat(jdbc.queryForObject("select count(*) from target_periode where iku_id = ?", Integer.class, iku))
                .isZero();

        mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/trajektori", pkId, iku).with(csrf()).param("version", versi())
                        .param("jumlah", "4").param("t1", "100").param("t2", "200").param("t3", "300")
                        .param("t4", "1.000"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select target from target_periode where iku_id = ? and nomor = 4",
                BigDecimal.class, iku)).isEqualByComparingTo("1000");

        mvc.perform(post("/perencanaan/pk/{id}/iku/{iku}/trajektori", pkId, iku).with(csrf()).param("version", versi())
                        .param("jumlah", "2147483647"))
                .andExpect(status().isBadRequest());
    }
}
