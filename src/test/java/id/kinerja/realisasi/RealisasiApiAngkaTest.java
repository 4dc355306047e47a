package id.kinerja.realisasi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A JSON number PUT to the realisation API keeps every digit it was sent with and is bounded by the
 * one parser: never rounded through a double, never Infinity, a refusal is a 400 naming the field.
 */
@IntegrationTest
class RealisasiApiAngkaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    PkUji.Hasil pk;
    String s11;

    @BeforeEach
    void siapkan() {
        PkUji.masuk(users, "admin");
        pk = PkUji.vektor13(organisasi, perencanaan);
        List<String> kode = perencanaan.pkById(pk.pkId()).sasaran().stream().flatMap(s -> s.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        s11 = kode.get(0);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions isi(String json) throws Exception {
        return mvc.perform(put("/api/v1/realisasi/{u}/{t}/{i}/{p}", pk.unitKode(), PkUji.TAHUN, s11, "TW1")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions ditolak(String json, String field, String sebab) throws Exception {
        return isi(json).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(sebab)));
    }

    @Test
    void aFloatKeepsEveryDigit() throws Exception {
        // 18 significant digits: a double keeps 17 (123456789012.12346)
        isi("{\"nilai\": 123456789012.123456}").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"nilai\":123456789012.123456,")));
        mvc.perform(get("/api/v1/realisasi/{u}/{t}", pk.unitKode(), PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("123456789012.123456")));
        // exponent notation within bounds is a number like any other
        isi("{\"nilai\": 1.25e2, \"version\": 0}").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"nilai\":125,")));
    }

    @Test
    void outOfBoundsNumbersAreA400NamingTheField() throws Exception {
        ditolak("{\"nilai\": 1e400}", "nilai", "digit sebelum koma");
        ditolak("{\"nilai\": -1e400}", "nilai", "digit sebelum koma");
        ditolak("{\"nilai\": 1e-400}", "nilai", "digit di belakang koma");
        ditolak("{\"nilai\": 1234567890123}", "nilai", "12 digit sebelum koma");
        ditolak("{\"nilai\": 0.1234567}", "nilai", "6 digit di belakang koma");
        ditolak("{\"pembilang\": 1e400, \"penyebut\": 1}", "pembilang", "digit sebelum koma");
        // a number longer than any bound is refused by the reader itself, still as problem+json
        isi("{\"nilai\": " + "9".repeat(5000) + "}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        isi("{\"nilai\": " + "[".repeat(200) + "]".repeat(200) + "}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/realisasi/{u}/{t}", pk.unitKode(), PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.values.length()").value(0));
    }
}
