package id.kinerja.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitView;
import id.kinerja.platform.waktu.Waktu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The renderer without the application: the real templates, messages and print.css, laid out by
 * openhtmltopdf and read back with PDFBox.
 */
class PdfRendererTest {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final float TOLERANCE = 1.5f;

    private static PdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        StaticApplicationContext context = new StaticApplicationContext();
        context.refresh();
        renderer = new PdfRenderer(engine, context,
                Waktu.tetap("2026-11-30T05:30:00+07:00"));
    }

    private static List<UnitView> units() {
        return List.of(
                unit(1L, null, "SETJEN", "Sekretariat Jenderal", 1, "Sekretaris Jenderal"),
                unit(2L, 1L, "ROREN", "Biro Perencanaan dan Organisasi", 2, "Kepala Biro Perencanaan dan Organisasi"),
                unit(3L, 1L, "ROKEU", "Biro Keuangan", 2, "Kepala Biro Keuangan"));
    }

    private static UnitView unit(Long id, Long induk, String kode, String nama, int kedalaman, String kepala) {
        return new UnitView(id, 10L, "Kemenlu", induk, kode, nama, JenisUnit.UNIT_KERJA, "One (Eselon I)", kedalaman,
                true, kepala, 1, true, null, 0L);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void unitListIsLandscapeA4WithTitleTableAndSignatureButNoToolbar() throws IOException {
        Map<String, Object> model = Map.of("units", units(), "tanggal", LocalDate.of(2026, 3, 17));

        String xhtml = renderer.renderXhtml("organisasi/cetak", model, INDONESIA);
        assertThat(xhtml).contains("href=\"css/print.css\"").doesNotContain("<script");

        try (PDDocument pdf = Loader.loadPDF(renderer.render("organisasi/cetak", model, INDONESIA))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(TOLERANCE));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(TOLERANCE));
            String text = text(pdf);
            assertThat(text)
                    // print.css loaded: the heading is upper-cased and the toolbar hidden by @media print
                    .contains("DAFTAR UNIT ORGANISASI")
                    .doesNotContain("Kembali")
                    .contains("Sekretariat Jenderal — Kemenlu")
                    .contains("Biro Perencanaan dan Organisasi", "Biro Keuangan", "ROKEU", "Unit kerja", "Aktif")
                    .contains("Jakarta, 17 Maret 2026")
                    .contains("Sekretaris Jenderal");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Daftar Unit Organisasi");
        }
    }

    @Test
    void theCurrentLocalePicksTheMessages() throws IOException {
        Map<String, Object> model = Map.of("units", units(), "tanggal", LocalDate.of(2026, 3, 17));
        try (PDDocument pdf = Loader.loadPDF(renderer.render("organisasi/cetak", model, Locale.ENGLISH))) {
            assertThat(text(pdf)).contains("ORGANISATION UNIT LIST", "Work unit", "Jakarta, 17 March 2026");
        }
    }

    @Test
    void modelValuesMayBeNull() {
        Map<String, Object> model = new HashMap<>();
        model.put("units", units());
        model.put("tanggal", LocalDate.of(2026, 3, 17));
        model.put("catatan", null);
        assertThat(renderer.renderXhtml("organisasi/cetak", model, INDONESIA)).contains("Biro Keuangan");
    }

    @Test
    void withoutAPageRuleThePageIsA4Portrait() throws IOException {
        byte[] bytes = renderer.toPdf("<html><head><title>t</title></head><body><p>Halo, Dunia</p></body></html>");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(TOLERANCE));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(TOLERANCE));
            assertThat(text(pdf)).contains("Halo, Dunia");
        }
    }

    @Test
    void printMediaRulesApplyAndScreenRulesDoNot() throws IOException {
        String xhtml = """
                <html><head><style>
                @media print { .no-print { display: none; } }
                @media screen { .print-only { display: none; } }
                </style></head>
                <body><p class="no-print">Tombol layar</p><p class="print-only">Untuk kertas</p></body></html>""";
        try (PDDocument pdf = Loader.loadPDF(renderer.toPdf(xhtml))) {
            assertThat(text(pdf)).contains("Untuk kertas").doesNotContain("Tombol layar");
        }
    }

    @Test
    void rootRelativeStylesheetsAlsoComeFromTheStaticFolder() throws IOException {
        String xhtml = """
                <html><head><link rel="stylesheet" href="/css/print.css"/></head>
                <body class="print"><h1>judul besar</h1></body></html>""";
        try (PDDocument pdf = Loader.loadPDF(renderer.toPdf(xhtml))) {
            assertThat(text(pdf)).contains("JUDUL BESAR");
        }
    }

    @Test
    void htmlThatIsNotWellFormedIsReported() {
        assertThatThrownBy(() -> renderer.toPdf("<html><body><p>tidak ditutup<br></p></body></html>"))
                .isInstanceOf(PdfRenderingException.class);
    }

    @Test
    void onlyFilesUnderTheStaticFolderAreLoaded() {
        StaticResourceUriResolver resolver = StaticResourceUriResolver.forClasspathStatic();
        String base = resolver.baseUri();
        assertThat(resolver.resolveURI(base, "css/print.css")).isEqualTo(base + "css/print.css");
        assertThat(resolver.resolveURI(base, "/css/print.css")).isEqualTo(base + "css/print.css");
        assertThat(resolver.resolveURI(base + "css/print.css", "../js/kinerja.js")).isEqualTo(base + "js/kinerja.js");
        assertThat(resolver.resolveURI(base, "data:image/png;base64,AAAA")).startsWith("data:");
        assertThat(resolver.resolveURI(base, "https://example.com/x.css")).isNull();
        assertThat(resolver.resolveURI(base, "//example.com/x.css")).isNull();
        assertThat(resolver.resolveURI(base, "../../../../etc/passwd")).isNull();
        assertThat(resolver.resolveURI(base, "file:///etc/passwd")).isNull();
    }

    @Test
    void theRenderedBytesAreAPdf() {
        byte[] bytes = renderer.toPdf("<html><body><p>x</p></body></html>");
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
