package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Individual scores on the demo (real PostgreSQL, the whole app): who may see an NCKP (Kemenlu
 * §G.8), who may enter NP and who reviews, bounds and Indonesian numbers, the 409 on a stale form,
 * the penalty the demo's unrated evaluee costs her evaluator, and the A4 PDF.
 */
@IntegrationTest
class PenilaianWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    long analis;
    long perencana;
    long subbag;

    @BeforeEach
    void unit() {
        analis = DemoUnits.id(jdbc, "ROREN-PK-EVA-01");
        perencana = DemoUnits.id(jdbc, "ROREN-PK-EVA-02");
        subbag = DemoUnits.id(jdbc, "ROREN-PK-EVA");
    }

    private MvcResult minta(MockHttpServletRequestBuilder b, String username) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private int status(String url, String username) throws Exception {
        return minta(get(url), username).getResponse().getStatus();
    }

    private boolean semesterISudahLewat() {
        return Waktu.hariIni(clock).isAfter(LocalDate.of(2026, 7, 10)) && Waktu.hariIni(clock).getYear() <= 2027;
    }

    @Test
    void nckpRahasiaHanyaUntukPegawaiAtasanPengelolaDanSdm() throws Exception {
        String url = "/penilaian/" + analis + "/2026";
        // the employee, the direct superior, the superior's superior, PKO, HR official
        for (String boleh : new String[] {"kemenlu.analis", "kemenlu.kasubbag", "kemenlu.pimpinan", "kemenlu.pko",
                "kemenlu.pkounit", "kemenlu.sdm"}) {
            assertThat(status(url, boleh)).as(boleh).isEqualTo(200);
        }
        // planners, validators, heads of other units, another ministry: 403
        for (String tidak : new String[] {"kemenlu.perencana", "kemenlu.perencana2", "kemenlu.validator",
                "kemenlu.pimpinan2", "marves.pko", "marves.pimpinan"}) {
            assertThat(status(url, tidak)).as(tidak).isEqualTo(403);
            assertThat(status(url + "/cetak.pdf", tidak)).as(tidak).isEqualTo(403);
        }
        // the employee sees only their own position, not a colleague's
        assertThat(status("/penilaian/" + perencana + "/2026", "kemenlu.analis")).isEqualTo(403);
        // a map owner is not scored here; an id that does not exist is 404
        assertThat(status("/penilaian/" + DemoUnits.id(jdbc, "ROREN") + "/2026", "kemenlu.pko")).isEqualTo(404);
        assertThat(status("/penilaian/987654321/2026", "kemenlu.pko")).isEqualTo(404);
        // the HR official's list shows Setjen's positions; the planner's list shows none
        assertThat(minta(get("/penilaian?tahun=2026"), "kemenlu.sdm").getResponse().getContentAsString())
                .contains("ROREN-PK-EVA-01");
        assertThat(minta(get("/penilaian?tahun=2026"), "kemenlu.perencana").getResponse().getContentAsString())
                .doesNotContain("ROREN-PK-EVA-01");
    }

    @Test
    void demoMenunjukkanNpReviuDanPenaltiPenilai() throws Exception {
        Assumptions.assumeTrue(semesterISudahLewat(), "the demo rates semester I once it has ended");
        String analisHtml = minta(get("/penilaian/" + analis + "/2026"), "kemenlu.analis").getResponse()
                .getContentAsString();
        assertThat(analisHtml).contains("88,50").contains("Intan Permatasari");
        assertThat(jdbc.queryForObject("select count(*) from reviu_nckp where unit_id = ? and tahun = 2026",
                Long.class, analis)).isEqualTo(1L);
        // the Perencana Ahli Pertama was left unrated: her evaluator's own NP 95 loses 2 points
        String subbagHtml = minta(get("/penilaian/" + subbag + "/2026"), "kemenlu.pimpinan").getResponse()
                .getContentAsString();
        assertThat(subbagHtml).contains("data-testid=\"penalti\"");
        if (!Waktu.hariIni(clock).isAfter(LocalDate.of(2027, 1, 10))) {
            // until semester II's deadline passes, only semester I counts (after it, its missing NP too)
            assertThat(subbagHtml).contains("data-testid=\"np-tahunan\">93<");
        }
        // the demo's change is in the audit trail
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'NilaiPerilaku' and unit_id = ?",
                Long.class, analis)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'ReviuNckp' and unit_id = ?",
                Long.class, analis)).isPositive();
    }

    @Test
    void npDiisiPenilaiDenganAngkaIndonesiaDanDibatasi() throws Exception {
        Assumptions.assumeTrue(Waktu.hariIni(clock).isAfter(LocalDate.of(2026, 6, 30))
                && Waktu.hariIni(clock).getYear() <= 2027, "semester II of 2026 has started");
        String url = "/penilaian/" + perencana + "/2026/np/2";
        // another test (the browser walk) may have rated this semester already: send the version it left
        Long versiAwal = jdbc.queryForList("select version from nilai_perilaku where unit_id = ? and tahun = 2026 and semester = 2",
                Long.class, perencana).stream().findFirst().orElse(null);
        String v = versiAwal == null ? "" : versiAwal.toString();
        // out of bounds: 400, the field named, the input kept
        MvcResult r = minta(post(url).param("nilai", "150").param("version", v), "kemenlu.kasubbag");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("NP harus antara 0 dan 100").contains("value=\"150\"");
        r = minta(post(url).param("nilai", "1.2.3,4").param("version", v), "kemenlu.kasubbag");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        // not the evaluator: the Sekretaris Jenderal reviews, never rates this position; the planner neither
        assertThat(minta(post(url).param("nilai", "80"), "kemenlu.pimpinan").getResponse().getStatus()).isEqualTo(403);
        assertThat(minta(post(url).param("nilai", "80"), "kemenlu.perencana").getResponse().getStatus()).isEqualTo(403);
        // "87,5" read the Indonesian way
        Long versi = jdbc.queryForList("select version from nilai_perilaku where unit_id = ? and tahun = 2026 and semester = 2",
                Long.class, perencana).stream().findFirst().orElse(null);
        var b = post(url).param("nilai", "87,5");
        if (versi != null) {
            b.param("version", versi.toString());
        }
        assertThat(minta(b, "kemenlu.kasubbag").getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select nilai from nilai_perilaku where unit_id = ? and tahun = 2026 and semester = 2",
                java.math.BigDecimal.class, perencana)).isEqualByComparingTo("87.5");
        // a stale form (no version now that a row exists): 409, the typed value kept
        r = minta(post(url).param("nilai", "70"), "kemenlu.kasubbag");
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString()).contains("data-testid=\"konflik\"").contains("value=\"70\"");
    }

    @Test
    void reviuOlehAtasanPejabatPenilaiSajaDenganAlasan() throws Exception {
        Assumptions.assumeTrue(semesterISudahLewat(), "the demo's NP exists once semester I has ended");
        String url = "/penilaian/" + analis + "/2026/reviu";
        long versi = jdbc.queryForObject("select version from reviu_nckp where unit_id = ? and tahun = 2026",
                Long.class, analis);
        // the evaluator never reviews (segregation of duties); HR reads but does not review
        assertThat(minta(post(url).param("keputusan", "SETUJU").param("version", "" + versi), "kemenlu.kasubbag")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(minta(post(url).param("keputusan", "SETUJU").param("version", "" + versi), "kemenlu.sdm")
                .getResponse().getStatus()).isEqualTo(403);
        // raising without a reason is refused with the field named
        MvcResult r = minta(post(url).param("keputusan", "NAIK").param("nckpFinal", "110").param("version", "" + versi),
                "kemenlu.pimpinan");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Alasan wajib diisi");
        // NP can no longer change once reviewed
        r = minta(post("/penilaian/" + analis + "/2026/np/1").param("nilai", "90").param("version", "0"),
                "kemenlu.kasubbag");
        assertThat(r.getResponse().getStatus()).isIn(400, 409);
        // the Matriks Capaian Kinerja Pegawai as A4 PDF
        r = minta(get("/penilaian/" + analis + "/2026/cetak.pdf"), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(new String(r.getResponse().getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        assertThat(minta(get("/penilaian/" + analis + "/2026/cetak"), "kemenlu.analis").getResponse()
                .getContentAsString()).contains("MATRIKS CAPAIAN KINERJA PEGAWAI").contains("data-testid=\"matriks-ckp\"");
    }
}
