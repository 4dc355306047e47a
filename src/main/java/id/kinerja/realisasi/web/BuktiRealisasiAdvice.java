package id.kinerja.realisasi.web;

import id.kinerja.realisasi.BuktiRealisasi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the evidence panels of the stored values into the entry page's model ({@code buktiIsian}),
 * without touching the entry page's controller: only for the page itself (GET, and the re-render
 * after a refused save), not for the live-score posts.
 */
@ControllerAdvice(assignableTypes = RealisasiController.class)
class BuktiRealisasiAdvice {

    private static final String HALAMAN = "/realisasi/unit/{unitId}/{tahun}/{tw}";

    private final ObjectProvider<BuktiRealisasi> bukti;

    /** A provider: web slice tests load controller advice without the services behind it. */
    BuktiRealisasiAdvice(ObjectProvider<BuktiRealisasi> bukti) {
        this.bukti = bukti;
    }

    @ModelAttribute
    void buktiIsian(HttpServletRequest request, Model model) {
        BuktiRealisasi layanan = bukti.getIfAvailable();
        Object pola = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (layanan == null || !HALAMAN.equals(String.valueOf(pola))) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> v = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        try {
            model.addAttribute("buktiIsian", layanan.panelIsian(Long.valueOf(v.get("unitId")),
                    Integer.parseInt(v.get("tahun")), Integer.parseInt(v.get("tw"))));
        } catch (NumberFormatException e) {
            // the page itself answers a malformed path
        }
    }
}
