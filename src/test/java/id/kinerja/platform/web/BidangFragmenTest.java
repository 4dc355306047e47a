package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * fragments/bidang.html: label bound to the control, the field's name and id kept, the user's
 * input kept after a refusal, the Indonesian message under the field with a test id, help text.
 * The organisation form: a refused post creates nothing.
 */
@IntegrationTest
@WithUserDetails("admin")
class BidangFragmenTest {

    @Autowired
    MockMvc mvc;

    @Test
    void emptyFormRendersLabelsBoundToTheirControls() throws Exception {
        String html = mvc.perform(get("/admin/organisasi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String nama : new String[] {"kode", "nama", "singkatan", "kota", "level", "rulebookKey"}) {
            String kontrol = tag(html, nama);
            assertThat(kontrol).as(nama).contains("name=\"" + nama + "\"");
            assertThat(html).as("label of " + nama).containsOnlyOnce("for=\"" + nama + "\"");
            assertThat(kontrol).doesNotContain("is-invalid");
        }
        assertThat(html).contains("data-testid=\"bantuan-level\"").doesNotContain("data-testid=\"galat-");
    }

    @Test
    void refusedInputIsKeptAndTheMessageNamesTheField() throws Exception {
        String html = mvc.perform(post("/admin/organisasi").with(csrf()).param("kode", "salah kode!")
                .param("nama", "Kementerian Uji Bidang").param("singkatan", "").param("rulebookKey", "MARVES")
                .param("kota", "Jakarta").param("level", "WIDE;Kementerian;peta"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tag(html, "kode")).contains("value=\"salah kode!\"").contains("is-invalid");
        assertThat(tag(html, "nama")).contains("value=\"Kementerian Uji Bidang\"").doesNotContain("is-invalid");
        assertThat(galat(html, "kode")).isNotBlank();
        assertThat(galat(html, "singkatan")).isNotBlank();
        assertThat(html).doesNotContain("data-testid=\"galat-nama\"");
        assertThat(html).containsPattern("<option value=\"MARVES\" selected=\"selected\">");
        assertThat(html).contains("WIDE;Kementerian;peta</textarea>");
    }

    /** The opening tag of the control with this id. */
    private static String tag(String html, String id) {
        Matcher m = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("control " + id).isTrue();
        return m.group();
    }

    /** The text of the field's error message. */
    private static String galat(String html, String nama) {
        Matcher m = Pattern.compile("data-testid=\"galat-" + nama + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("message of " + nama).isTrue();
        return m.group(1);
    }
}
