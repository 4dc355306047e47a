package id.kinerja.platform.waktu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.perencanaan.JenisPk;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One clock, in WIB: what a page calls "today" is the clock's Jakarta date whatever the server's
 * zone, the default fiscal year follows one rule, and the Kemenlu revision cut-off is rulebook data
 * judged against the clock.
 */
@IntegrationTest
class SatuJamTest {

    @Autowired
    JamUji jam;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TahunBerjalan tahunBerjalan;

    @Autowired
    RulebookService rulebooks;

    @Autowired
    PerencanaanService perencanaan;

    @AfterEach
    void pulih() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor pko() {
        return user(users.loadUserByUsername("kemenlu.pko"));
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).with(pko())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdf(String url) throws Exception {
        byte[] b = mvc.perform(get(url).with(pko())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(b)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private long pkDemo(String unit) {
        return jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                 where u.kode = ? and p.status = 'DITETAPKAN' order by p.nomor_versi limit 1""", Long.class, unit);
    }

    /** 05:30 WIB on 30 November is still 29 November in UTC: every print must say 30 November. */
    @Test
    void everyPrintShowsTheJakartaDate() throws Exception {
        jam.setel("2026-11-30T05:30:00+07:00");
        long pk = pkDemo("SETJEN");
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        // signed documents carry the approval date (issue 9), never a UTC-shifted print date
        for (String format : new String[] {"KEMENLU", "MARVES"}) {
            assertThat(html("/perencanaan/pk/" + pk + "/rencana-aksi/cetak?format=" + format))
                    .doesNotContain("29 November 2026");
            assertThat(pdf("/perencanaan/pk/" + pk + "/rencana-aksi/cetak.pdf?format=" + format))
                    .doesNotContain("29 November 2026");
        }
        assertThat(html("/cascading/unit/" + setjen + "/cetak?tahun=2026")).doesNotContain("29 November 2026");
        assertThat(pdf("/cascading/unit/" + setjen + "/cetak.pdf?tahun=2026")).doesNotContain("29 November 2026");
        // an unsigned list prints the day it is printed, in Jakarta
        assertThat(html("/unit/" + setjen + "/cetak")).contains("30 November 2026");
        assertThat(pdf("/unit/" + setjen + "/cetak.pdf")).contains("30 November 2026");
    }

    /** After New Year the pages stay on the demo year until someone opens the new one. */
    @Test
    void theDefaultFiscalYearIsOneRuleForPlanningAndCascading() throws Exception {
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        for (String hari : new String[] {"2027-02-15T10:00:00+07:00", "2026-03-01T10:00:00+07:00"}) {
            jam.setel(hari);
            assertThat(tahunBerjalan.tahunBawaan()).as(hari).isEqualTo(2026);
            assertThat(perencanaan.tahunBawaan()).as(hari).isEqualTo(2026);
            assertThat(html("/cascading/unit/" + setjen)).as(hari).contains("2026");
        }
        // after the demo year the planning page says plainly which year it shows
        jam.setel("2027-02-15T10:00:00+07:00");
        assertThat(html("/perencanaan")).contains("Perencanaan Kinerja 2026")
                .contains("Yang ditampilkan: tahun anggaran 2026. Tahun anggaran 2027 belum dibuka");
        jam.setel("2026-03-01T10:00:00+07:00");
        assertThat(html("/perencanaan")).doesNotContain("Yang ditampilkan: tahun anggaran");
        jam.setel("2027-01-01T00:30:00+07:00");
        assertThat(tahunBerjalan.tahunKalender()).isEqualTo(2027);
    }

    @Test
    void theKemenluRevisionCutoffIsRulebookDataJudgedOnTheClock() {
        assertThat(rulebooks.berlaku("KEMENLU_BSC", new RulebookVersi.Periode(2026, 1)).revisionCutoff(2026))
                .isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(rulebooks.berlaku("MARVES", new RulebookVersi.Periode(2026, 1)).revisionCutoff(2026))
                .isNull();
        UserDetails u = users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        long pk = pkDemo("SETJEN");
        long versi = perencanaan.pkById(pk).version();
        jam.setel("2026-10-21T08:00:00+07:00");
        assertThatThrownBy(() -> perencanaan.ubahVersi(pk, versi, JenisPk.REVISI, 4, "Penyesuaian target"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("pk.revisi.lewatBatas"));
    }
}
