package id.kinerja.kalkulator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.util.Collections;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calculator's input has a size: rows, digits and the body itself, each refused with a reason. */
@IntegrationTest
class KalkulatorApiBatasTest {

    @Autowired
    MockMvc mvc;

    private ResultActions hitung(String json) throws Exception {
        return mvc.perform(post("/api/v1/scoring/calculate").with(httpBasic("kemenlu.perencana", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String baris(int n) {
        String satu = "{\"code\":\"A\",\"polarization\":\"MAXIMIZE\",\"target\":10,\"realization\":7,"
                + "\"quality\":\"OUTPUT\"}";
        return "{\"rulebook\":\"MARVES\",\"indicators\":[" + String.join(",", Collections.nCopies(n, satu)) + "]}";
    }

    @Test
    void moreThan100IndicatorsAreRefusedNamingTheList() throws Exception {
        hitung(baris(101)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("indicators"))
                .andExpect(jsonPath("$.errors[0].code").value("kalkulator.indicators.maks"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("100 indikator")));
        // 100 is read (and then judged row by row: duplicate codes, not the count)
        hitung(baris(100)).andExpect(jsonPath("$.errors[0].code").value(Matchers.not("kalkulator.indicators.maks")));
    }

    @Test
    void hugeAndOverPreciseNumbersAreRefusedAtTheirField() throws Exception {
        hitung("{\"rulebook\":\"MARVES\",\"indicators\":[{\"code\":\"A\",\"polarization\":\"MAXIMIZE\","
                + "\"target\":1e400,\"realization\":7,\"quality\":\"OUTPUT\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].target"))
                .andExpect(jsonPath("$.errors[0].code").value("angka.digitBulat"));
        hitung("{\"rulebook\":\"MARVES\",\"indicators\":[{\"code\":\"A\",\"polarization\":\"MAXIMIZE\","
                + "\"target\":10,\"realization\":7.123456789012345678901234567,\"quality\":\"OUTPUT\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].realization"))
                .andExpect(jsonPath("$.errors[0].code").value("angka.digitPecahan"));
    }

    @Test
    void deepNestingIsRefusedByTheReader() throws Exception {
        String satu = baris(1);
        hitung(satu).andExpect(status().isOk());
        // an ignored extra property 40 levels deep (the reader allows 32)
        String dalam = satu.substring(0, satu.length() - 1) + ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";
        hitung(dalam).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String cukup = satu.substring(0, satu.length() - 1) + ",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}";
        hitung(cukup).andExpect(status().isOk());
    }

    @Test
    void aBodyOverTheLimitIsA413BeforeItIsRead() throws Exception {
        // 1 MB (kinerja.api.maks-badan) of otherwise valid JSON
        String besar = "{\"rulebook\":\"MARVES\",\"x\":\"" + "a".repeat(1024 * 1024) + "\",\"indicators\":[]}";
        hitung(besar).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
    }
}
