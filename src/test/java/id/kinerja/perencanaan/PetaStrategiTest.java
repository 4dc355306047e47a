package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.UnitService;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Peta Strategi of a PK version: SS drawn in perspective bands left to right, cause → effect
 * arrows added through the form (self-arrows, duplicates and foreign SS refused at the field),
 * kept within the unit's reach, and printed / downloaded as PDF.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetaStrategiTest {

    private static final String PKO = "kemenlu.pkounit";
    private static final String NAMA_PANJANG = "Meningkatnya akuntabilitas pengelolaan keuangan Kementerian Luar "
            + "Negeri yang transparan, tertib, dan sesuai ketentuan peraturan perundang-undangan yang berlaku";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PetaStrategiService peta;

    @Autowired
    PdfRenderer pdfRenderer;

    @Autowired
    UnitService units;

    long rokeu;

    /** The printed title: the (fresh) unit's name in capitals. */
    private String judulPeta() {
        return "PETA STRATEGI " + jdbc.queryForObject("select nama from unit where id = ?", String.class, rokeu)
                .toUpperCase(Locale.ROOT) + " TAHUN 2026";
    }
    Long pkId;
    Long stakeholder;
    Long proses1;
    Long proses2;
    Long pembelajaran;

    /** A 2026 PK of a fresh sibling of ROKEU with four SS in three perspectives. */
    @BeforeAll
    void siapkanPk() {
        UserDetails pko = users.loadUserByUsername(PKO);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(pko, null, pko.getAuthorities()));
        try {
            // a fresh sibling of ROKEU: this class's PK is its own, whatever else ran before
            rokeu = UnitUji.saudara(users, units, jdbc, "ROKEU", "PETA");
            pkId = perencanaan.buka(rokeu, 2026).id();
            // saved out of map order on purpose: the map orders by perspective, then position
            proses2 = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Laporan keuangan yang andal dan tepat waktu", null,
                    Perspective.INTERNAL_PROCESS, 2);
            stakeholder = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, NAMA_PANJANG, null, Perspective.STAKEHOLDER, 1);
            pembelajaran = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "SDM pengelola keuangan yang kompeten", null,
                    Perspective.LEARNING_GROWTH, 1);
            proses1 = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Perencanaan anggaran yang berkualitas", null,
                    Perspective.INTERNAL_PROCESS, 1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String halaman() throws Exception {
        return mvc.perform(get("/perencanaan/pk/{id}/peta", pkId).with(as(PKO)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String tambah(Long dari, Long ke) throws Exception {
        return mvc.perform(post("/perencanaan/pk/{id}/peta/panah", pkId).param("version", String.valueOf(perencanaan.versi(pkId))).with(as(PKO)).with(csrf())
                        .param("dari", String.valueOf(dari)).param("ke", String.valueOf(ke)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void tambahBerhasil(Long dari, Long ke) throws Exception {
        mvc.perform(post("/perencanaan/pk/{id}/peta/panah", pkId).param("version", String.valueOf(perencanaan.versi(pkId))).with(as(PKO)).with(csrf())
                        .param("dari", String.valueOf(dari)).param("ke", String.valueOf(ke)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/perencanaan/pk/" + pkId + "/peta"));
    }

    private int jumlahPanah(Long dari, Long ke) {
        return jdbc.queryForObject("select count(*) from peta_panah where dari_ss_id = ? and ke_ss_id = ?",
                Integer.class, dari, ke);
    }

    /** The attributes of every opening tag that matches {@code pembuka}, e.g. {@code <g class="peta-kotak"}. */
    private static List<Map<String, String>> tag(String html, String pembuka) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(pembuka) + "([^>]*)>").matcher(html);
        while (m.find()) {
            Map<String, String> attr = new HashMap<>();
            Matcher a = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"").matcher(m.group(1));
            while (a.find()) {
                attr.put(a.group(1), a.group(2));
            }
            out.add(attr);
        }
        return out;
    }

    private static Map<String, String> kotak(String html, Long ssId) {
        return tag(html, "<g class=\"peta-kotak\"").stream().filter(a -> String.valueOf(ssId).equals(a.get("data-ss-id")))
                .findFirst().orElseThrow(() -> new AssertionError("no box for SS " + ssId));
    }

    private String kode(Long ssId) throws Exception {
        return kotak(halaman(), ssId).get("data-ss");
    }

    @Test
    void theMapDrawsEachSsAsABoxInItsPerspectiveBandOrderedByPosition() throws Exception {
        String html = halaman();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/peta-strategi.html"), html);
        assertThat(html).contains("<svg", "viewBox=\"0 0 ");

        // bands top to bottom: stakeholder, internal process, learning & growth (no empty customer band)
        List<String> pita = tag(html, "<g class=\"peta-pita\"").stream().map(a -> a.get("data-perspektif")).toList();
        assertThat(pita).containsSubsequence("STAKEHOLDER", "INTERNAL_PROCESS", "LEARNING_GROWTH");
        assertThat(html).contains(">Pemangku Kepentingan<", ">Proses Bisnis Internal<", ">Pembelajaran dan Pertumbuhan<");

        Map<String, String> sh = kotak(html, stakeholder);
        Map<String, String> ip1 = kotak(html, proses1);
        Map<String, String> ip2 = kotak(html, proses2);
        Map<String, String> lg = kotak(html, pembelajaran);
        assertThat(sh.get("data-perspektif")).isEqualTo("STAKEHOLDER");
        assertThat(ip1.get("data-perspektif")).isEqualTo("INTERNAL_PROCESS");
        assertThat(ip2.get("data-perspektif")).isEqualTo("INTERNAL_PROCESS");
        assertThat(lg.get("data-perspektif")).isEqualTo("LEARNING_GROWTH");
        int shY = Integer.parseInt(sh.get("data-y"));
        int ipY = Integer.parseInt(ip1.get("data-y"));
        int lgY = Integer.parseInt(lg.get("data-y"));
        assertThat(shY).isLessThan(ipY);
        assertThat(ipY).isLessThan(lgY);
        assertThat(ip2.get("data-y")).isEqualTo(ip1.get("data-y"));
        // position 1 left of position 2, whatever the order they were saved in
        assertThat(Integer.parseInt(ip1.get("data-x"))).isLessThan(Integer.parseInt(ip2.get("data-x")));
        // codes follow the map: perspective, then left to right
        int k1 = Integer.parseInt(ip1.get("data-ss").substring(1));
        int k2 = Integer.parseInt(ip2.get("data-ss").substring(1));
        assertThat(Integer.parseInt(sh.get("data-ss").substring(1))).isLessThan(k1);
        assertThat(k1).isLessThan(k2);
        assertThat(k2).isLessThan(Integer.parseInt(lg.get("data-ss").substring(1)));

        // the long name is wrapped into at most four lines of about 28 characters, ending with an ellipsis
        Matcher g = Pattern.compile("data-ss-id=\"" + stakeholder + "\".*?</g>", Pattern.DOTALL).matcher(html);
        assertThat(g.find()).isTrue();
        List<String> baris = new ArrayList<>();
        Matcher t = Pattern.compile("<tspan[^>]*>([^<]*)</tspan>").matcher(g.group());
        while (t.find()) {
            baris.add(t.group(1));
        }
        assertThat(baris).hasSize(4).allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(28));
        assertThat(baris.get(0)).isEqualTo("Meningkatnya akuntabilitas");
        assertThat(baris.get(3)).endsWith("…");
    }

    @Test
    void anArrowAddedThroughTheFormIsDrawnAndAudited() throws Exception {
        tambahBerhasil(pembelajaran, proses1);
        assertThat(jumlahPanah(pembelajaran, proses1)).isEqualTo(1);

        String html = halaman();
        String dari = kotak(html, pembelajaran).get("data-ss");
        String ke = kotak(html, proses1).get("data-ss");
        List<Map<String, String>> panah = tag(html, "<path class=\"peta-panah\"").stream()
                .filter(a -> dari.equals(a.get("data-dari")) && ke.equals(a.get("data-ke"))).toList();
        assertThat(panah).hasSize(1);
        // from the top of the lower box to the bottom of the upper one
        Map<String, String> bawah = kotak(html, pembelajaran);
        assertThat(panah.get(0).get("d")).startsWith("M ").contains(" " + bawah.get("data-y") + " C ");
        assertThat(html).contains("marker-end=\"url(#peta-kepala-panah)\"");
        assertThat(html).contains("data-panah=\"" + dari + "-" + ke + "\"");

        Long panahId = jdbc.queryForObject("select id from peta_panah where dari_ss_id = ? and ke_ss_id = ?",
                Long.class, pembelajaran, proses1);
        Integer diaudit = jdbc.queryForObject("""
                select count(*) from audit_log where entitas = 'PetaPanah' and entitas_id = ? and aksi = 'BUAT'
                and unit_id = ?""", Integer.class, String.valueOf(panahId), rokeu);
        assertThat(diaudit).isEqualTo(1);
    }

    @Test
    void anArrowFromAnSsToItselfIsRefusedAtTheField() throws Exception {
        String html = tambah(proses2, proses2);
        assertThat(html).contains("Panah tidak boleh menunjuk ke SS asalnya sendiri.").contains("is-invalid");
        assertThat(jumlahPanah(proses2, proses2)).isZero();
    }

    @Test
    void aDuplicateArrowIsRefused() throws Exception {
        tambahBerhasil(proses2, stakeholder);
        String html = tambah(proses2, stakeholder);
        assertThat(html).containsPattern("Panah dari S\\d+ ke S\\d+ sudah ada\\.");
        assertThat(jumlahPanah(proses2, stakeholder)).isEqualTo(1);
    }

    @Test
    void anSsOfAnotherPkIsRefused() throws Exception {
        List<Long> lain = jdbc.queryForList("select id from sasaran_strategis where pk_id <> ? order by id limit 1",
                Long.class, pkId);
        Long asing = lain.isEmpty() ? 987654321L : lain.get(0);
        String html = tambah(stakeholder, asing);
        assertThat(html).contains("SS yang dipilih bukan bagian dari PK ini.");
        assertThat(jumlahPanah(stakeholder, asing)).isZero();
        // nothing chosen
        String kosong = mvc.perform(post("/perencanaan/pk/{id}/peta/panah", pkId).param("version", String.valueOf(perencanaan.versi(pkId))).with(as(PKO)).with(csrf())
                        .param("dari", "").param("ke", String.valueOf(stakeholder)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kosong).contains("Pilih SS asal panah (sebab).");
    }

    @Test
    void anArrowCanBeRemoved() throws Exception {
        tambahBerhasil(proses1, stakeholder);
        Long panahId = jdbc.queryForObject("select id from peta_panah where dari_ss_id = ? and ke_ss_id = ?",
                Long.class, proses1, stakeholder);
        mvc.perform(post("/perencanaan/pk/{id}/peta/panah/{p}/hapus", pkId, panahId).param("version", String.valueOf(perencanaan.versi(pkId))).with(as(PKO)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jumlahPanah(proses1, stakeholder)).isZero();
    }

    @Test
    void aPlannerOfAnotherUnitGetsForbidden() throws Exception {
        String lain = "kemenlu.perencana2";
        mvc.perform(get("/perencanaan/pk/{id}/peta", pkId).with(as(lain))).andExpect(status().isForbidden());
        mvc.perform(get("/perencanaan/pk/{id}/peta/cetak", pkId).with(as(lain))).andExpect(status().isForbidden());
        mvc.perform(get("/perencanaan/pk/{id}/peta.pdf", pkId).with(as(lain))).andExpect(status().isForbidden());
        mvc.perform(post("/perencanaan/pk/{id}/peta/panah", pkId).param("version", String.valueOf(perencanaan.versi(pkId))).with(as(lain)).with(csrf())
                        .param("dari", String.valueOf(pembelajaran)).param("ke", String.valueOf(stakeholder)))
                .andExpect(status().isForbidden());
        assertThat(jumlahPanah(pembelajaran, stakeholder)).isZero();
    }

    @Test
    void thePrintViewAndThePdfShowTheMap() throws Exception {
        tambahBerhasil(pembelajaran, proses2);
        MockHttpServletResponse cetakan = mvc.perform(get("/perencanaan/pk/{id}/peta/cetak", pkId).with(as(PKO)))
                .andExpect(status().isOk()).andReturn().getResponse();
        String cetak = cetakan.getContentAsString(StandardCharsets.UTF_8);
        assertThat(cetak).contains(judulPeta(), "<svg", "class=\"peta-kotak\"",
                "xmlns=\"http://www.w3.org/2000/svg\"", "max-height:150mm");
        assertThat(cetak).doesNotContain("data-testid=\"peta-panah\"");

        // the PDF is made from the very same drawing (the print view's SVG, byte for byte)
        PetaStrategiService.PetaView view = sebagai(PKO, () -> peta.peta(pkId));
        String xhtml = pdfRenderer.renderXhtml("perencanaan/peta-cetak", Map.of("peta", view), cetakan.getLocale());
        assertThat(svg(xhtml)).isEqualTo(svg(cetak));
        assertThat(xhtml).doesNotContain("data-testid=\"peta-tabel\"");

        byte[] bytes = mvc.perform(get("/perencanaan/pk/{id}/peta.pdf", pkId).with(as(PKO)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"peta-strategi-" + jdbc.queryForObject(
                                "select kode from unit where id = ?", String.class, rokeu) + "-2026.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/peta-strategi.pdf"), bytes);
        String html = halaman();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(842f, offset(2f));
            assertThat(page.getHeight()).isCloseTo(595f, offset(2f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(judulPeta());
            // the arrows are also listed as text under the drawing
            assertThat(text).containsPattern(Pattern.quote(kotak(html, pembelajaran).get("data-ss")) + " \\S "
                    + Pattern.quote(kotak(html, proses2).get("data-ss")));
            assertThat(text).contains("SDM pengelola keuangan yang kompeten");
            assertThat(text).doesNotContain("Kembali");

            // the map itself is vector graphics on the first page (Batik draws the SVG's text as outlines,
            // so its labels and SS codes are not in the extracted text): a band background and label colour
            // per perspective, white SS boxes with strokes, Bézier arrows, all inside the landscape page
            Gambar gambar = new Gambar(pdf.getPage(0));
            gambar.processPage(pdf.getPage(0));
            assertThat(gambar.warnaIsi).contains("#e9f0f8", "#fcf3e4", "#f4ebf8", "#1f4e79", "#9a5b00", "#6a1b9a",
                    "#ffffff", "#333333");
            assertThat(gambar.garis).isGreaterThanOrEqualTo(5); // four box outlines and an arrow
            assertThat(gambar.kurva).isPositive();
            Rectangle2D pita = gambar.batas.get("#e9f0f8").createUnion(gambar.batas.get("#f4ebf8"));
            assertThat(pita.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(pita.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(pita.getMaxX()).isLessThanOrEqualTo(page.getWidth());
            assertThat(pita.getMaxY()).isLessThanOrEqualTo(page.getHeight());
            // the map box is as wide as the page's 267 mm text width, or narrower to stay 150 mm high
            double lebarMm = Math.min(267, 150 * view.lebar() / view.tinggi());
            double lebarPita = lebarMm * 72 / 25.4 * (view.lebar() - 2 * PetaStrategiService.TEPI) / view.lebar();
            assertThat(pita.getWidth()).isCloseTo(lebarPita, offset(lebarPita * 0.03));
            // stakeholder on top (PDF y grows upwards)
            assertThat(gambar.batas.get("#e9f0f8").getMinY()).isGreaterThan(gambar.batas.get("#f4ebf8").getMaxY());
        }
    }

    private static String svg(String html) {
        Matcher m = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("an <svg> element").isTrue();
        return m.group();
    }

    private <T> T sebagai(String username, Supplier<T> kerja) {
        UserDetails akun = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(akun, null, akun.getAuthorities()));
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** What a PDF page draws as vector paths (forms included): fill colours, their bounds, strokes and curves. */
    private static final class Gambar extends PDFGraphicsStreamEngine {

        final Set<String> warnaIsi = new HashSet<>();
        final Map<String, Rectangle2D> batas = new HashMap<>();
        int garis;
        int kurva;
        private final Path2D.Float jalur = new Path2D.Float();

        Gambar(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            jalur.moveTo(p0.getX(), p0.getY());
            jalur.lineTo(p1.getX(), p1.getY());
            jalur.lineTo(p2.getX(), p2.getY());
            jalur.lineTo(p3.getX(), p3.getY());
            jalur.closePath();
        }

        @Override
        public void moveTo(float x, float y) {
            jalur.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            jalur.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            jalur.curveTo(x1, y1, x2, y2, x3, y3);
            kurva++;
        }

        @Override
        public Point2D getCurrentPoint() {
            return jalur.getCurrentPoint();
        }

        @Override
        public void closePath() {
            jalur.closePath();
        }

        @Override
        public void endPath() {
            jalur.reset();
        }

        @Override
        public void strokePath() {
            garis++;
            jalur.reset();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            String warna = String.format("#%06x", getGraphicsState().getNonStrokingColor().toRGB() & 0xffffff);
            warnaIsi.add(warna);
            Rectangle2D b = jalur.getBounds2D();
            batas.merge(warna, b, Rectangle2D::createUnion);
            jalur.reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            garis++;
            fillPath(windingRule);
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    @Test
    void longNamesWrapIntoAtMostFourLines() {
        assertThat(PetaStrategiService.bungkus("Perencanaan anggaran yang berkualitas", 28, 4))
                .containsExactly("Perencanaan anggaran yang", "berkualitas");
        assertThat(PetaStrategiService.bungkus(NAMA_PANJANG, 28, 4)).hasSize(4)
                .allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(28))
                .last().asString().endsWith("…");
        assertThat(PetaStrategiService.bungkus("Transformasidigitalpengelolaankeuangan", 28, 4))
                .containsExactly("Transformasidigitalpengelola", "ankeuangan");
    }
}
