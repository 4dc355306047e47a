package id.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The unit list as a PDF download: same content as the print view, A4 landscape, same access rules. */
@IntegrationTest
class UnitPdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private byte[] download(long unitId, String lang) throws Exception {
        return mvc.perform(get("/unit/{id}/cetak.pdf", unitId).param("lang", lang).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"daftar-unit-SETJEN.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void unitListDownloadsAsLandscapeA4PdfWithTheRowsAndTheSignature() throws Exception {
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        try (PDDocument pdf = Loader.loadPDF(download(setjen, "id"))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(842f, offset(2f));
            assertThat(page.getHeight()).isCloseTo(595f, offset(2f));
            // long names wrap inside their table cell
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("DAFTAR UNIT ORGANISASI")
                    .contains("Sekretariat Jenderal", "Biro Perencanaan dan Organisasi", "Biro Keuangan")
                    .contains("Sekretaris Jenderal")
                    .contains("7 ROKEU Biro Keuangan Two (Eselon II) Unit kerja Kepala Biro Keuangan Aktif")
                    .contains("Jakarta, ")
                    // the browser toolbar is not printed
                    .doesNotContain("Kembali");
            // the subtree only: a sibling Eselon I unit is not listed
            assertThat(text).doesNotContain("Direktorat Asia Timur dan Pasifik");
        }
    }

    @Test
    void theChosenLanguageIsUsed() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(DemoUnits.id(jdbc, "SETJEN"), "en"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("ORGANISATION UNIT LIST", "Work unit");
        }
    }

    @Test
    void aPlannerOfAnotherUnitGetsForbidden() throws Exception {
        mvc.perform(get("/unit/{id}/cetak.pdf", DemoUnits.id(jdbc, "SETJEN")).with(as("kemenlu.perencana2")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersGetNoPdf() throws Exception {
        int status = mvc.perform(get("/unit/{id}/cetak.pdf", DemoUnits.id(jdbc, "SETJEN")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }

    @Test
    void theBrowserPrintViewIsUnchangedAndTheDetailPageLinksThePdf() throws Exception {
        long setjen = DemoUnits.id(jdbc, "SETJEN");
        String html = mvc.perform(get("/unit/{id}/cetak", setjen).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/css/print.css\"", "src=\"/js/kinerja.js\"", "id=\"tombol-cetak\"",
                "Daftar Unit Organisasi", "Biro Keuangan", "Sekretaris Jenderal");

        String detail = mvc.perform(get("/unit/{id}", setjen).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("href=\"/unit/" + setjen + "/cetak.pdf\"", "Unduh PDF");
    }
}
