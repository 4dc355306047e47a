package id.kinerja.laporan;

import id.kinerja.platform.pdf.PdfRenderer;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A {@link Naskah} as A4 PDF through the platform's renderer (template laporan/naskah). */
@Component
class NaskahPdf {

    private final PdfRenderer pdf;

    NaskahPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    byte[] render(Naskah n) {
        return pdf.render("laporan/naskah", Map.of("naskah", n), LkjPenyusun.DOKUMEN);
    }
}
