package id.kinerja.kalender.web;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.KalenderService;
import id.kinerja.kalender.KepatuhanService;
import id.kinerja.kalender.KepatuhanService.Filter;
import id.kinerja.kalender.StatusPenyerahan.Kategori;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reporting calendar, one unit's deadlines, and the PKO's compliance matrix (page and Excel). */
@Controller
class KalenderController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final KalenderService kalender;
    private final KepatuhanService kepatuhan;

    KalenderController(KalenderService kalender, KepatuhanService kepatuhan) {
        this.kalender = kalender;
        this.kepatuhan = kepatuhan;
    }

    @GetMapping("/kalender")
    String kalender(@RequestParam(name = "tahun", required = false) Integer tahun, Model model) {
        model.addAttribute("halaman", kalender.kalender(tahun));
        return "kalender/kalender";
    }

    @GetMapping("/kalender/unit/{unitId}")
    String unit(@PathVariable Long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
            Model model) {
        model.addAttribute("halaman", kalender.unit(unitId, tahun));
        return "kalender/unit";
    }

    @GetMapping("/kalender/kepatuhan")
    String kepatuhan(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "dokumen", required = false) String dokumen,
            @RequestParam(name = "periode", required = false) String periode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "unit", required = false) Long unit, Model model) {
        model.addAttribute("matriks", kepatuhan.matriks(filter(tahun, dokumen, periode, status, unit)));
        model.addAttribute("semuaDokumen", JenisDokumen.values());
        model.addAttribute("semuaStatus", Kategori.values());
        model.addAttribute("semuaPeriode", new String[] {"TW1", "TW2", "TW3", "TW4", JenisDokumen.TAHUN});
        return "kalender/kepatuhan";
    }

    @GetMapping("/kalender/kepatuhan.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(name = "tahun", required = false) Integer tahun,
            @RequestParam(name = "dokumen", required = false) String dokumen,
            @RequestParam(name = "periode", required = false) String periode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "unit", required = false) Long unit, Locale locale) {
        Filter f = filter(tahun, dokumen, periode, status, unit);
        byte[] isi = kepatuhan.excel(f, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kepatuhan-pelaporan.xlsx").build().toString())
                .body(isi);
    }

    /** Unknown document or status names are ignored (no filter), never an error page. */
    private static Filter filter(Integer tahun, String dokumen, String periode, String status, Long unit) {
        JenisDokumen jenis = Arrays.stream(JenisDokumen.values()).filter(j -> j.name().equals(dokumen)).findFirst()
                .orElse(null);
        Kategori kategori = Arrays.stream(Kategori.values()).filter(k -> k.name().equals(status)).findFirst()
                .orElse(null);
        return new Filter(tahun, jenis, periode, kategori, unit);
    }
}
