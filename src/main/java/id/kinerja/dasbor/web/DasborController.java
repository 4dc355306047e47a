package id.kinerja.dasbor.web;

import id.kinerja.dasbor.DasborExcel;
import id.kinerja.dasbor.DasborService;
import id.kinerja.dasbor.DasborService.Pilihan;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dashboards, rankings and the Matriks NCKO. Every view is addressed by the same bookmarkable
 * parameters {@code ?unit={kode}&tahun={yyyy}&sd=TW{n}} (plus the drill-down's perspektif/ss/iku);
 * print, PDF and Excel take the same parameters and show the same numbers.
 */
@Controller
@RequestMapping("/dasbor")
class DasborController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DasborService dasbor;
    private final DasborExcel excel;
    private final ObjectProvider<PdfRenderer> pdf;
    private final PenyajiDasbor penyaji;

    DasborController(DasborService dasbor, DasborExcel excel, ObjectProvider<PdfRenderer> pdf, PenyajiDasbor penyaji) {
        this.penyaji = penyaji;
        this.dasbor = dasbor;
        this.excel = excel;
        this.pdf = pdf;
    }

    @GetMapping
    String tampil(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String sd, @RequestParam(required = false) String perspektif,
            @RequestParam(required = false) String ss, @RequestParam(required = false) String iku, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var d = dasbor.halaman(unit, tahun, sd, perspektif, ss, iku);
        model.addAttribute("d", d);
        model.addAttribute("isiHtml", penyaji.isi(d, dasbor.terbuka(d), locale, request, response));
        return "dasbor/dasbor";
    }

    @GetMapping("/cetak")
    String cetak(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String sd, Model model) {
        model.addAttribute("d", dasbor.halaman(unit, tahun, sd, null, null, null));
        return "dasbor/cetak";
    }

    @GetMapping("/cetak.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer tahun, @RequestParam(required = false) String sd) {
        var d = dasbor.halaman(unit, tahun, sd, null, null, null);
        return PdfDownload.attachment(pdf.getObject().render("dasbor/cetak", Map.of("d", d)),
                "dasbor-" + nama(d.pilihan()) + ".pdf");
    }

    @GetMapping("/excel")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer tahun, @RequestParam(required = false) String sd) {
        var d = dasbor.halaman(unit, tahun, sd, null, null, null);
        return xlsx(excel.dasbor(d), "dasbor-" + nama(d.pilihan()) + ".xlsx");
    }

    @GetMapping("/peringkat")
    String peringkat(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String sd, Model model) {
        model.addAttribute("r", dasbor.peringkat(unit, tahun, sd));
        return "dasbor/peringkat";
    }

    @GetMapping("/peringkat/excel")
    ResponseEntity<byte[]> peringkatExcel(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer tahun, @RequestParam(required = false) String sd) {
        var r = dasbor.peringkat(unit, tahun, sd);
        return xlsx(excel.peringkat(r), "peringkat-" + nama(r.pilihan()) + ".xlsx");
    }

    @GetMapping("/matriks")
    String matriks(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String sd, Model model) {
        model.addAttribute("m", dasbor.matriks(unit, tahun, sd));
        return "dasbor/matriks";
    }

    @GetMapping("/matriks/cetak")
    String matriksCetak(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String sd, Model model) {
        model.addAttribute("m", dasbor.matriks(unit, tahun, sd));
        return "dasbor/matriks-cetak";
    }

    @GetMapping("/matriks/cetak.pdf")
    ResponseEntity<byte[]> matriksPdf(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer tahun, @RequestParam(required = false) String sd) {
        var m = dasbor.matriks(unit, tahun, sd);
        return PdfDownload.attachment(pdf.getObject().render("dasbor/matriks-cetak", Map.of("m", m)),
                "matriks-ncko-" + nama(m.pilihan()) + ".pdf");
    }

    @GetMapping("/matriks/excel")
    ResponseEntity<byte[]> matriksExcel(@RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer tahun, @RequestParam(required = false) String sd) {
        var m = dasbor.matriks(unit, tahun, sd);
        return xlsx(excel.matriks(m), "matriks-ncko-" + nama(m.pilihan()) + ".xlsx");
    }

    private static String nama(Pilihan p) {
        return (p.unit().kode() + "-" + p.tahun() + "-" + p.sd()).replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] isi, String nama) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(nama).build().toString()).body(isi);
    }
}
