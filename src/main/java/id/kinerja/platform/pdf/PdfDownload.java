package id.kinerja.platform.pdf;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Controller helper: a PDF as a file download. */
public final class PdfDownload {

    private PdfDownload() {
    }

    /**
     * {@code 200 application/pdf} with {@code Content-Disposition: attachment; filename="…pdf"}.
     * The file name is reduced to letters, digits, dot, dash and underscore (other characters
     * become {@code -}) and gets a {@code .pdf} extension if it has none.
     */
    public static ResponseEntity<byte[]> attachment(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(safeFilename(filename)).build().toString())
                .body(pdf);
    }

    static String safeFilename(String filename) {
        String name = filename == null ? "" : filename.strip();
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        if (name.isEmpty()) {
            name = "dokumen.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name;
    }
}
