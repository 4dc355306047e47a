package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages in English: numbers are still written the Indonesian way (what the entry fields read back),
 * the predikat and the labels are English, and the two languages' cached dashboards do not mix.
 */
@IntegrationTest
class BahasaHalamanTest {

    /** A number with two places after its decimal mark, either way round (1.250,50 / 1,250.50 / 90,00). */
    private static final Pattern DUA_TEMPAT = Pattern.compile(">\\s*-?\\d{1,3}(?:[.,]\\d{3})*([.,])\\d{2}\\b");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ID = Locale.forLanguageTag("id-ID");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private String html(String url, String akun) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(akun)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Decimal marks of the 2-place numbers a page prints. */
    private static List<String> tanda(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = DUA_TEMPAT.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String testid(String html, String id) {
        Matcher m = Pattern.compile("data-testid=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).trim();
    }

    @Test
    void entryPageInEnglishWritesNumbersTheIndonesianWay() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        String url = "/realisasi/unit/" + roren + "/2026/2";
        String id = html(url + "?lang=id", "kemenlu.perencana");
        String en = html(url + "?lang=en", "kemenlu.perencana");
        assertThat(en).contains(messages.getMessage("scoring.na", null, EN));
        List<String> tandaId = tanda(id);
        assertThat(tandaId).isNotEmpty().containsOnly(",");
        assertThat(tanda(en)).as("English page, same numbers: 1.250,50 never 1,250.50").isEqualTo(tandaId);
        String predikatId = testid(id, "predikat");
        String predikatEn = testid(en, "predikat");
        assertThat(predikatEn).isEqualTo(inggris(predikatId));
        assertThat(predikatEn).isNotEqualTo(predikatId);
    }

    @Test
    void dashboardPredikatFollowsTheLanguageAndCachedBodiesDoNotMix() throws Exception {
        String url = "/dasbor?unit=KEMENLU&tahun=2026&sd=TW2";
        for (int putaran = 0; putaran < 2; putaran++) { // the second round is served from the cache
            String id = html(url + "&lang=id", "kemenlu.pko");
            String en = html(url + "&lang=en", "kemenlu.pko");
            String predikatId = testid(id, "predikat-diri");
            assertThat(predikatId).isNotEqualTo("—");
            assertThat(testid(en, "predikat-diri")).isEqualTo(inggris(predikatId)).isNotEqualTo(predikatId);
            assertThat(tanda(en)).isEqualTo(tanda(id)).doesNotContain(".");
            assertThat(en).doesNotContain("aria-label=\"breadcrumb\"").doesNotContain(">n/a ");
        }
    }

    /** The calculator page: numbers and predikat as on the other pages; its JSON API keeps its shape. */
    @Test
    void simulationInEnglish() throws Exception {
        String[] halaman = new String[2];
        String[] bahasa = {"id", "en"};
        for (int k = 0; k < 2; k++) {
            halaman[k] = mvc.perform(post("/simulasi/hitung").param("lang", bahasa[k])
                    .with(user(users.loadUserByUsername("kemenlu.perencana"))).with(csrf())
                    .param("rulebook", "MARVES")
                    .param("baris[0].code", "A0").param("baris[0].polarization", "MAXIMIZE")
                    .param("baris[0].target", "1.000").param("baris[0].realization", "875,5")
                    .param("baris[0].quality", "OUTPUT"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(tanda(halaman[0])).isNotEmpty().containsOnly(",");
        assertThat(tanda(halaman[1])).isEqualTo(tanda(halaman[0]));
        String predikatId = testid(halaman[0], "predikat");
        assertThat(testid(halaman[1], "predikat")).isEqualTo(inggris(predikatId)).isNotEqualTo(predikatId);

        String json = mvc.perform(post("/api/v1/scoring/calculate").with(httpBasic("kemenlu.perencana", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"rulebook":"MARVES","indicators":[{"code":"A0","polarization":"MAXIMIZE","target":100,
                         "realization":87,"quality":"OUTPUT"}]}""")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"predikat\"").doesNotContain("predikatKode");
    }

    /** Security refuses before MVC: its problem+json follows the app's language (cookie), not Accept-Language. */
    @Test
    void apiRefusalsSpeakTheAppsLanguage() throws Exception {
        String id = mvc.perform(get("/api/v1/unit").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(id).contains("\"title\":\"Autentikasi diperlukan\"")
                .contains(messages.getMessage("galat.401.detail", null, ID));
        String en = mvc.perform(get("/api/v1/unit").cookie(new Cookie("KINERJA_LANG", "en")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("\"title\":\"Authentication required\"")
                .contains(messages.getMessage("galat.401.detail", null, EN));
    }

    /** The English label of an Indonesian predikat label of the default rulebooks. */
    private String inggris(String labelIndonesia) {
        for (String kode : List.of("ISTIMEWA", "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "CUKUP", "KURANG",
                "SANGAT_KURANG", "HIJAU", "KUNING", "MERAH")) {
            if (messages.getMessage("scoring.predikat." + kode, null, ID).equals(labelIndonesia)) {
                return messages.getMessage("scoring.predikat." + kode, null, EN);
            }
        }
        throw new AssertionError("no predikat labelled " + labelIndonesia);
    }
}
