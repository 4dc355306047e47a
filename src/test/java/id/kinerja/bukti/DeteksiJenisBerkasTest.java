package id.kinerja.bukti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The type is read from the bytes; the name may only narrow what the bytes proved. */
class DeteksiJenisBerkasTest {

    private final DeteksiJenisBerkas deteksi = new DeteksiJenisBerkas(new BuktiProperties().getJenisDiizinkan());

    private DeteksiJenisBerkas.Hasil deteksi(byte[] isi, String nama) throws IOException {
        return deteksi.deteksi(new BufferedInputStream(new ByteArrayInputStream(isi)), nama);
    }

    @Test
    void pdfIsPdf() throws IOException {
        DeteksiJenisBerkas.Hasil h = deteksi(BerkasUji.pdf(), "laporan.pdf");
        assertThat(h.diterima()).isTrue();
        assertThat(h.jenis()).hasToString("application/pdf");
    }

    @Test
    void pngNamedPdfIsStoredAsPng() throws IOException {
        DeteksiJenisBerkas.Hasil h = deteksi(BerkasUji.png(), "laporan.pdf");
        assertThat(h.jenis()).hasToString("image/png");
        assertThat(NamaBerkas.sesuaikanEkstensi("laporan.pdf", h.ekstensi(), 200)).isEqualTo("laporan.png");
    }

    @Test
    void executableRenamedPdfIsRefused() throws IOException {
        DeteksiJenisBerkas.Hasil h = deteksi(BerkasUji.exe(), "laporan.pdf");
        assertThat(h.diterima()).isFalse();
        assertThat(h.terbaca().toString()).startsWith("application/x-");
    }

    @Test
    void unknownBytesAreRefusedWhateverTheirName() throws IOException {
        assertThat(deteksi(BerkasUji.acak(4096, 7), "laporan.pdf").diterima()).isFalse();
        assertThat(deteksi(BerkasUji.acak(4096, 7), "laporan.docx").diterima()).isFalse();
    }

    @Test
    void textOrHtmlNamedPdfIsRefused() throws IOException {
        assertThat(deteksi("capaian 100%".getBytes(StandardCharsets.UTF_8), "laporan.pdf").diterima()).isFalse();
        assertThat(deteksi("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "x.pdf")
                .diterima()).isFalse();
    }

    @Test
    void officeDocumentIsRecognisedFromItsZipContainerAndName() throws IOException {
        DeteksiJenisBerkas.Hasil h = deteksi(BerkasUji.docx(), "laporan.docx");
        assertThat(h.jenis()).hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // the same bytes under a misleading name stay what the bytes prove (a ZIP package)
        assertThat(deteksi(BerkasUji.docx(), "laporan.pdf").jenis()).hasToString("application/zip");
    }

    @Test
    void zipIsZip() throws IOException {
        assertThat(deteksi(BerkasUji.zip(), "lampiran.zip").jenis()).hasToString("application/zip");
    }

    @Test
    void detectionLeavesTheStreamAtItsStart() throws IOException {
        byte[] pdf = BerkasUji.pdf();
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(pdf));
        deteksi.deteksi(in, "a.pdf");
        assertThat(in.readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void namesAreCleanedAndBounded() {
        assertThat(NamaBerkas.bersihkan("C:\\fakepath\\Laporan TW1.pdf", 200)).isEqualTo("Laporan TW1.pdf");
        assertThat(NamaBerkas.bersihkan("../../etc/passwd", 200)).isEqualTo("passwd");
        assertThat(NamaBerkas.bersihkan("a\r\nb.pdf", 200)).isEqualTo("ab.pdf");
        assertThat(NamaBerkas.bersihkan("", 200)).isEqualTo("berkas");
        assertThat(NamaBerkas.bersihkan("x".repeat(300) + ".pdf", 200)).hasSize(200).endsWith(".pdf");
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(UkuranBerkas.tampil(20L * 1024 * 1024, Locale.forLanguageTag("id-ID"))).isEqualTo("20 MB");
        assertThat(UkuranBerkas.tampil(1536L * 1024, Locale.forLanguageTag("id-ID"))).isEqualTo("1,5 MB");
        assertThat(UkuranBerkas.tampil(1536L * 1024, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(UkuranBerkas.tampil(830, Locale.ENGLISH)).isEqualTo("830 B");
    }
}
