package id.kinerja.platform.pdf;

/** A template could not be laid out as PDF (typically: its output is not well-formed XHTML). */
public class PdfRenderingException extends RuntimeException {

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
