package id.kinerja.kalkulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 10 items 3 and 10 on /simulasi: row indexes and numbers are bounded, never a 500. */
@IntegrationTest
class SimulasiMasukanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder kirim(String url) {
        return post(url).with(user(users.loadUserByUsername("kemenlu.perencana"))).with(csrf())
                .param("rulebook", "MARVES");
    }

    private static MockHttpServletRequestBuilder baris(MockHttpServletRequestBuilder b, int i, String target,
            String realisasi) {
        return b.param("baris[" + i + "].code", "A" + i).param("baris[" + i + "].polarization", "MAXIMIZE")
                .param("baris[" + i + "].target", target).param("baris[" + i + "].realization", realisasi)
                .param("baris[" + i + "].quality", "OUTPUT");
    }

    @Test
    void aRowIndexBeyondTheSheetGetsAMessageNotA500() throws Exception {
        for (String url : new String[] {"/simulasi", "/simulasi/hitung"}) {
            String html = mvc.perform(kirim(url).param("baris[300].code", "X"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Simulasi menampung paling banyak 100 baris");
        }
        mvc.perform(kirim("/simulasi").param("baris[2147483647].code", "X")).andExpect(status().isBadRequest());
        mvc.perform(baris(kirim("/simulasi"), 99, "10", "7")).andExpect(status().isOk());
    }

    @Test
    void oneThousandIsAThousandAndHugeNumbersAreNamedInWords() throws Exception {
        String html = mvc.perform(baris(kirim("/simulasi/hitung"), 0, "1.000", "750"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("750 / 1.000 × 100 = 75").doesNotContain("galat-simulasi");

        html = mvc.perform(baris(kirim("/simulasi/hitung"), 0, "10", "9".repeat(100_000)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Baris 1, Realisasi:").contains("Angka terlalu panjang")
                .doesNotContain("indicators[");
        html = mvc.perform(baris(kirim("/simulasi/hitung"), 0, "1.5", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Baris 1, Target:").contains("tidak jelas");
    }

    @Test
    void pastingMoreThanTheSheetHoldsKeepsTheTextAndSaysWhy() throws Exception {
        String tempel = "A;;;MAXIMIZE;10;;;7;;;OUTPUT\n".repeat(101);
        String html = mvc.perform(kirim("/simulasi").param("muat", "1").param("tempel", tempel))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Simulasi menampung paling banyak 100 baris").contains("A;;;MAXIMIZE;10;;;7;;;OUTPUT");
    }

    @Test
    void aMistypedCellShowsItsMessageAtThatCellWithTheTypedTextKept() throws Exception {
        String html = mvc.perform(baris(baris(kirim("/simulasi"), 0, "10", "9"), 1, "1.5", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(id.kinerja.support.Html.galat(html, "baris1.target")).startsWith("Baris 2, Target:")
                .contains("tidak jelas");
        assertThat(id.kinerja.support.Html.kontrol(html, "baris1.target")).contains("value=\"1.5\"")
                .contains("is-invalid");
        assertThat(id.kinerja.support.Html.kontrol(html, "baris0.target")).doesNotContain("is-invalid");
        assertThat(html).doesNotContain("data-testid=\"galat-baris0.");
    }
}
