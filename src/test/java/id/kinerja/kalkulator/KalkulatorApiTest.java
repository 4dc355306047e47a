package id.kinerja.kalkulator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/scoring/calculate: the documented examples, and every kind of bad input as a 400. */
@IntegrationTest
class KalkulatorApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions hitung(String json) throws Exception {
        return mvc.perform(post("/api/v1/scoring/calculate").with(httpBasic("kemenlu.perencana", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String iku(String code, String ss, String perspektif, String nilai) {
        return """
                {"code":"%s","sasaran":"%s","perspective":"%s","polarization":"MAXIMIZE",%s,
                 "validity":"PROXY","control":"MODERATE"}""".formatted(code, ss, perspektif, nilai);
    }

    /** Kemenlu Tabel 3.24-3.28: Np 90 / 89,5 / 85 / 92,5 → NCKO 89,18 (89,175 HALF_UP). */
    static String contohNcko(String stakeholder) {
        return "{\"rulebook\":\"KEMENLU_BSC\",\"mapOwner\":true,\"indicators\":["
            + iku("S1.1-CP", "S1", "STAKEHOLDER", stakeholder) + ","
            + iku("S2.1-CP", "S2", "CUSTOMER", "\"target\":100,\"realization\":99") + ","
            + iku("S3.1-CP", "S3", "CUSTOMER", "\"target\":100,\"realization\":80") + ","
            + iku("S4.1-CP", "S4", "INTERNAL_PROCESS", "\"target\":100,\"realization\":70") + ","
            + iku("S5.1-CP", "S5", "INTERNAL_PROCESS", "\"target\":100,\"realization\":80") + ","
            + iku("S6.1-CP", "S6", "INTERNAL_PROCESS", "\"target\":100,\"realization\":100") + ","
            + iku("S7.1-CP", "S7", "INTERNAL_PROCESS", "\"target\":100,\"realization\":90") + ","
            + iku("S8.1-CP", "S8", "LEARNING_GROWTH", "\"target\":100,\"realization\":100") + ","
            + iku("S9.1-CP", "S9", "LEARNING_GROWTH", "\"target\":100,\"realization\":90") + ","
            + iku("S10.1-CP", "S10", "LEARNING_GROWTH", "\"target\":100,\"realization\":100") + ","
            + iku("S11.1-CP", "S11", "LEARNING_GROWTH", "\"target\":100,\"realization\":80") + "]}";
    }

    @Test
    void kemenluNckoExample() throws Exception {
        hitung(contohNcko("\"target\":100,\"realization\":90")).andExpect(status().isOk())
                .andExpect(jsonPath("$.scoreType").value("NCKO"))
                .andExpect(content().string(Matchers.containsString("\"score\":89.18")))
                .andExpect(jsonPath("$.predikat").value("Belum Memenuhi Ekspektasi"))
                .andExpect(jsonPath("$.band").value("KUNING"))
                .andExpect(jsonPath("$.perspectives[0].perspective").value("STAKEHOLDER"))
                .andExpect(jsonPath("$.perspectives[0].bobot").value(25))
                .andExpect(jsonPath("$.perspectives[1].np").value(89.5))
                .andExpect(jsonPath("$.sasaran[0].code").value("S1"));
    }

    @Test
    void stakeholderNotAvailableReweightsTheOtherPerspectives() throws Exception {
        hitung(contohNcko("\"target\":100,\"realization\":null"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"score\":88.90")));
    }

    /** The request of the example: one IKU, 7 of 10, exact/low → 70, weight 26, MERAH. */
    @Test
    void singleIndicatorOfTheDocumentation() throws Exception {
        hitung("""
                {"rulebook": "KEMENLU_BSC", "mapOwner": true,
                 "indicators": [{"code": "S1.1-CP", "sasaran": "S1", "perspective": "STAKEHOLDER",
                   "polarization": "MAXIMIZE", "target": 10, "realization": 7,
                   "targetRange": null, "maxTarget": false,
                   "validity": "EXACT", "control": "LOW", "quality": "OUTPUT"}]}""")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"capaian\":70.00")))
                .andExpect(jsonPath("$.indicators[0].bobot").value(26))
                .andExpect(content().string(Matchers.containsString("\"bobotTertimbang\":100.00")))
                .andExpect(jsonPath("$.indicators[0].band").value("MERAH"))
                .andExpect(content().string(Matchers.containsString("\"score\":70.00")));
    }

    @Test
    void nonMapOwnerGetsACkpWithValidityOnlyWeights() throws Exception {
        hitung("""
                {"rulebook":"KEMENLU_BSC","mapOwner":false,"indicators":[
                 {"code":"A","polarization":"MAXIMIZE","target":100,"realization":90,"validity":"EXACT"},
                 {"code":"B","polarization":"MAXIMIZE","target":100,"realization":90,"validity":"EXACT"},
                 {"code":"C","polarization":"MAXIMIZE","target":100,"realization":100,"validity":"PROXY"},
                 {"code":"D","polarization":"MAXIMIZE","target":100,"realization":80,"validity":"PROXY"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scoreType").value("CKP"))
                .andExpect(content().string(Matchers.containsString("\"score\":90.00")))
                .andExpect(content().string(Matchers.containsString("\"bobotTertimbang\":30.00")));
    }

    @Test
    void marvesNkoWithQualityTiersAndPredikat() throws Exception {
        hitung("""
                {"rulebook":"MARVES","indicators":[
                 {"code":"A","polarization":"MAXIMIZE","target":10,"realization":7,"quality":"ULTIMATE_OUTCOME"},
                 {"code":"B","polarization":"MINIMIZE","target":8,"realization":5,"quality":"OUTPUT"},
                 {"code":"C","polarization":"STABILIZE","target":10,"realization":null,"quality":"OUTPUT"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scoreType").value("NKO"))
                .andExpect(content().string(Matchers.containsString("\"score\":80.00")))
                .andExpect(jsonPath("$.predikat").value("Butuh Perbaikan"))
                .andExpect(jsonPath("$.indicators[2].capaian").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.indicators[1].formula").value(Matchers.containsString("batas atas 120")));
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() throws Exception {
        hitung("""
                {"rulebook":"KEMENLU_BSC","indicators":[
                 {"code":"A","sasaran":"S1","perspective":"STAKEHOLDER","polarization":"MAXIMIZE","target":10,"realization":7,"validity":"EXACT","control":"LOW"},
                 {"code":"B","sasaran":"S1","perspective":"STAKEHOLDER","polarization":"MAXIMUM","target":10,"validity":"EXACT","control":"LOW"},
                 {"code":"C","sasaran":"S1","perspective":"STAKEHOLDER","polarization":"MAXIMIZE","target":0,"realization":1,"validity":"EXACT","control":"LOW"},
                 {"code":"D","sasaran":"S1","perspective":"STAKEHOLDER","polarization":"MAXIMIZE","target":-3,"realization":1,"validity":"EXACT","control":"HIGH"},
                 {"code":"E","sasaran":"S1","perspective":"STAKEHOLDER","polarization":"MAXIMIZE","realization":1,"validity":"EXACT","control":"LOW"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("indicators[1].polarization",
                        "indicators[2].target", "indicators[3].target", "indicators[3].control",
                        "indicators[4].target")))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators[2].target')].message",
                        Matchers.hasItem(Matchers.containsString("Target"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators[1].polarization')].message",
                        Matchers.hasItem(Matchers.containsString("tidak dikenal"))));
    }

    @Test
    void malformedInputIsA400NeverA500() throws Exception {
        hitung("{\"rulebook\":\"KEMENLU_BSC\",\"indicators\":[{\"code\":\"A\",\"target\":\"sepuluh\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators[0].target"));
        hitung("{\"rulebook\":\"TIDAK_ADA\",\"indicators\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rulebook"));
        hitung("{\"rulebook\":\"MARVES\",\"indicators\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators"));
        hitung("{\"rulebook\":\"MARVES\",\"indicators\":[null]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators[0]"));
        hitung("bukan json").andExpect(status().isBadRequest());
        hitung("null").andExpect(status().isBadRequest());
        hitung("{\"rulebook\":\"KEMENLU_BSC\",\"indicators\":[{\"code\":\"A\",\"polarization\":\"STABILIZE\","
                + "\"targetRange\":{\"low\":11,\"high\":9},\"realization\":10,\"validity\":\"EXACT\","
                + "\"control\":\"LOW\",\"sasaran\":\"S1\",\"perspective\":\"STAKEHOLDER\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.startsWith("indicators[0].targetRange")));
        mvc.perform(post("/api/v1/scoring/calculate").with(httpBasic("kemenlu.perencana", "demo"))
                        .contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** Issue 10 item 3: 1e1000000 kept a core busy for minutes; now it is refused unexpanded. */
    @Test
    void hugeNumbersAreRefusedBeforeAnyArithmeticNamingTheField() throws Exception {
        hitung("{\"rulebook\":\"KEMENLU_BSC\",\"indicators\":[" + iku("S1.1-CP", "S1", "STAKEHOLDER",
                "\"target\":10,\"realization\":1e1000000") + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].realization"))
                .andExpect(jsonPath("$.errors[0].code").value("angka.digitBulat"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("18 digit")));
        hitung("{\"rulebook\":\"KEMENLU_BSC\",\"indicators\":[" + iku("S1.1-CP", "S1", "STAKEHOLDER",
                "\"target\":1e-1000000,\"realization\":7") + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].target"))
                .andExpect(jsonPath("$.errors[0].code").value("angka.digitPecahan"));
        hitung("{\"rulebook\":\"KEMENLU_BSC\",\"indicators\":[" + iku("S1.1-CP", "S1", "STAKEHOLDER",
                "\"target\":10,\"realization\":" + "9".repeat(900)) + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].realization"));
        hitung("{\"rulebook\":\"MARVES\",\"indicators\":[{\"code\":\"A\",\"polarization\":\"MAXIMIZE\","
                + "\"target\":10,\"realization\":7,\"quality\":\"OUTPUT\",\"targetRange\":{\"low\":\"1.5\"}}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].targetRange.low"))
                .andExpect(jsonPath("$.errors[0].code").value("angka.ambigu"));
    }

    /** Numbers as JSON numbers or as Indonesian text ("1.000" is a thousand) give the same score. */
    @Test
    void textNumbersAreReadTheIndonesianWay() throws Exception {
        hitung("""
                {"rulebook":"MARVES","indicators":[
                 {"code":"A","polarization":"MAXIMIZE","target":"1.000","realization":"750,5","quality":"OUTPUT"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].formula").value(Matchers.containsString("750,5 / 1.000 × 100 = 75,05")));
    }

    @Test
    void theCalculatorNeedsAnAccount() throws Exception {
        mvc.perform(post("/api/v1/scoring/calculate").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
