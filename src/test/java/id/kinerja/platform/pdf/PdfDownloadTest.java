package id.kinerja.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class PdfDownloadTest {

    @Test
    void answersWithAPdfAttachment() {
        byte[] pdf = {'%', 'P', 'D', 'F'};
        ResponseEntity<byte[]> response = PdfDownload.attachment(pdf, "daftar-unit-SETJEN.pdf");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getContentLength()).isEqualTo(4);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"daftar-unit-SETJEN.pdf\"");
        assertThat(response.getBody()).isSameAs(pdf);
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertThat(PdfDownload.safeFilename("daftar unit/ROREN \"x\"")).isEqualTo("daftar-unit-ROREN-x-.pdf");
        assertThat(PdfDownload.safeFilename("../../rahasia.pdf")).isEqualTo("rahasia.pdf");
        assertThat(PdfDownload.safeFilename("laporan")).isEqualTo("laporan.pdf");
        assertThat(PdfDownload.safeFilename("LAPORAN.PDF")).isEqualTo("LAPORAN.PDF");
        assertThat(PdfDownload.safeFilename("Capaian Triwulan — Biro Keuangan.pdf"))
                .isEqualTo("Capaian-Triwulan-Biro-Keuangan.pdf");
        assertThat(PdfDownload.safeFilename("  ")).isEqualTo("dokumen.pdf");
        assertThat(PdfDownload.safeFilename(null)).isEqualTo("dokumen.pdf");
    }
}
