package id.kinerja.realisasi.cetak.web;

import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.realisasi.cetak.CetakRealisasiService;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Realisation prints: browser print view and the same template as an A4 landscape PDF. */
@Controller
@RequestMapping("/realisasi/{unitId}/{tahun}/tw/{triwulan}/cetak")
class CetakRealisasiController {

    private static final Map<String, String> TEMPLAT = Map.of("matriks-pelaksanaan",
            "realisasi/cetak-matriks-pelaksanaan", "matriks-renaksi-triwulanan", "realisasi/cetak-renaksi-triwulanan");

    private final CetakRealisasiService cetak;
    private final ObjectProvider<PdfRenderer> pdf;

    CetakRealisasiController(CetakRealisasiService cetak, ObjectProvider<PdfRenderer> pdf) {
        this.cetak = cetak;
        this.pdf = pdf;
    }

    @GetMapping("/{jenis:matriks-pelaksanaan|matriks-renaksi-triwulanan}")
    String tampil(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable String jenis, Model model) {
        model.addAttribute("data", cetak.dokumen(unitId, tahun, triwulan));
        return TEMPLAT.get(jenis);
    }

    @GetMapping("/{jenis:matriks-pelaksanaan|matriks-renaksi-triwulanan}.pdf")
    ResponseEntity<byte[]> unduh(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable String jenis) {
        CetakRealisasiService.Dokumen d = cetak.dokumen(unitId, tahun, triwulan);
        return PdfDownload.attachment(pdf.getObject().render(TEMPLAT.get(jenis), Map.of("data", d)),
                jenis + "-" + d.unitKode() + "-" + tahun + "-TW" + triwulan + ".pdf");
    }
}
