package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every planning print of the demo rendered as PDF and read back page by page (issue 9 item 10):
 * A4, table headers on every page a table runs over, no page holding only a signature block, PK
 * Lampiran I and II signed, signatories printed (never "null"), no Marves-only form labels on
 * Kemenlu documents, every IKU numbered on the Lembar Penetapan, "Rp" never split from its amount.
 */
@IntegrationTest
class CetakA4Test {

    /** Content a page may hold besides a signature: an IKU/SS code, or the agreement's own text. */
    private static final Pattern ISI = Pattern.compile("\\bS\\d+(\\.\\d+)?|Pihak pertama berjanji|[Ss]emula");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor sebagai(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Long pkDemo(String unit) {
        return jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode = ? and p.status = 'DITETAPKAN' order by p.nomor_versi desc limit 1""", Long.class, unit);
    }

    private byte[] pdf(String username, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(sebagai(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    private static List<String> halaman(PDDocument doc) throws Exception {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            out.add(s.getText(doc));
        }
        return out;
    }

    /** A4 (either orientation), and every page with a signature block also holds document content. */
    private static List<String> periksa(byte[] bytes, String penandaTtd) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p).getMediaBox();
                float pendek = Math.min(box.getWidth(), box.getHeight());
                float panjang = Math.max(box.getWidth(), box.getHeight());
                assertThat(pendek).isBetween(PDRectangle.A4.getWidth() - 2, PDRectangle.A4.getWidth() + 2);
                assertThat(panjang).isBetween(PDRectangle.A4.getHeight() - 2, PDRectangle.A4.getHeight() + 2);
            }
            List<String> teks = halaman(doc);
            for (int p = 0; p < teks.size(); p++) {
                if (teks.get(p).contains(penandaTtd)) {
                    assertThat(ISI.matcher(teks.get(p)).find())
                            .as("halaman %d berisi tanda tangan saja:%n%s", p + 1, teks.get(p)).isTrue();
                }
            }
            return teks;
        }
    }

    @Test
    void kemenluPkPrintsSignatoriesOnTheAgreementAndBothLampiranWithTheApprovalDate() throws Exception {
        Long pk = pkDemo("KEMENLU");
        List<String> teks = periksa(pdf("kemenlu.pko", "/perencanaan/pk/{id}/cetak.pdf", pk), "Pihak Pertama,");
        String semua = String.join("\n", teks);
        assertThat(teks.size()).isBetween(3, 8);
        assertThat(semua).doesNotContain("null").doesNotContain("Nama : ....")
                .contains("Presiden Republik Indonesia").contains("Ir. H. Wibowo Sasmito")
                .contains("Dr. Arief Nugroho Wicaksono");
        // the signature pair closes the agreement, Lampiran I and Lampiran II
        assertThat(semua.split("Pihak Pertama,", -1).length - 1).isEqualTo(3);
        assertThat(semua).contains("LAMPIRAN I ").contains("LAMPIRAN II").contains("kumulatif");
        String ditetapkan = jdbc.queryForObject("""
                select to_char(ditetapkan_pada at time zone 'Asia/Jakarta', 'FMDD') from perjanjian_kinerja
                where id = ?""", String.class, pk);
        assertThat(semua).containsPattern("Jakarta, " + ditetapkan + " \\p{L}+ 20\\d\\d");
        assertThat(semua).doesNotContainPattern("Rp\\s*\\n");
    }

    @Test
    void kemenluManualIkuNumbersEveryIkuAndCarriesNoMarvesLabels() throws Exception {
        Long pk = pkDemo("ASPASAF");
        List<String> teks = periksa(pdf("kemenlu.pko", "/perencanaan/pk/{id}/manual-iku.pdf", pk), "NIP");
        String semua = String.join("\n", teks);
        assertThat(semua).doesNotContain("(Marves)").doesNotContain("(bila indirect)").doesNotContain("null");
        int iku = jdbc.queryForObject("select count(*) from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", Integer.class, pk);
        try (PDDocument doc = Loader.loadPDF(pdf("kemenlu.pko", "/perencanaan/pk/{id}/manual-iku.pdf", pk))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(1);
            s.setEndPage(1);
            String lembar = s.getText(doc);
            for (int n = 1; n <= iku; n++) {
                assertThat(lembar).containsPattern("(?m)^\\s*" + n + "\\.\\s*S\\d");
            }
            assertThat(lembar).doesNotContainPattern("(?m)^\\s*" + (iku + 1) + "\\.\\s*S\\d");
        }
    }

    @Test
    void kemenluStrategyMapKeepsItsHeadingWithItsTable() throws Exception {
        List<String> peta = periksa(pdf("kemenlu.pko", "/perencanaan/pk/{id}/peta.pdf", pkDemo("KEMENLU")), "NIP");
        for (String h : peta) {
            if (h.contains("Hubungan Sebab-Akibat")) {
                assertThat(h).as("judul tabel panah tanpa tabelnya").contains("→");
            }
        }
    }

    @Test
    void matricesRepeatTheirHeaderOnEveryPageAndKeepTheSignatureWithTheLastRows() throws Exception {
        List<String> cascading = periksa(pdf("kemenlu.pko", "/cascading/unit/{u}/cetak.pdf?tahun=2026",
                DemoUnits.id(jdbc, "KEMENLU")), "NIP");
        assertThat(cascading).allSatisfy(h -> assertThat(h).contains("IKU atas"));
        assertThat(String.join("\n", cascading)).contains("Dr. Arief Nugroho Wicaksono");

        Long marves = pkDemo("MARVES");
        List<String> tabel5 = periksa(pdf("marves.pko", "/perencanaan/pk/{id}/rencana-aksi/cetak.pdf?format=MARVES",
                marves), "Ir. Budi Hartawan");
        assertThat(tabel5.size()).isGreaterThan(1);
        assertThat(tabel5).allSatisfy(h -> assertThat(h).contains("Bukti dukung"));
        List<String> kemenlu = periksa(pdf("kemenlu.pko", "/perencanaan/pk/{id}/rencana-aksi/cetak.pdf",
                pkDemo("KEMENLU")), "NIP");
        assertThat(kemenlu).allSatisfy(h -> assertThat(h).contains("Target Akumulatif"));
    }
}
