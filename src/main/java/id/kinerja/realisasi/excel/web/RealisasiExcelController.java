package id.kinerja.realisasi.excel.web;

import id.kinerja.realisasi.excel.RealisasiExcelService;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/realisasi/{unitId}/{tahun}/tw/{triwulan}/excel")
class RealisasiExcelController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RealisasiExcelService excel;

    RealisasiExcelController(RealisasiExcelService excel) {
        this.excel = excel;
    }

    @GetMapping
    String halaman(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        // checks reach and that a PK is in force before the page offers anything
        excel.templat(unitId, tahun, triwulan);
        model.addAttribute("unitId", unitId);
        model.addAttribute("tahun", tahun);
        model.addAttribute("triwulan", triwulan);
        return "realisasi/excel";
    }

    @GetMapping("/templat.xlsx")
    ResponseEntity<byte[]> templat(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan) {
        return unduh(excel.templat(unitId, tahun, triwulan));
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> ekspor(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan) {
        return unduh(excel.ekspor(unitId, tahun, triwulan));
    }

    @PostMapping("/impor")
    String impor(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @RequestParam(value = "berkas", required = false) MultipartFile berkas, Model model) throws IOException {
        RealisasiExcelService.HasilImpor hasil;
        if (berkas == null || berkas.isEmpty()) {
            hasil = excel.impor(unitId, tahun, triwulan, null);
        } else {
            // the service reads at most its limit + 1 byte, after checking reach
            try (InputStream in = berkas.getInputStream()) {
                hasil = excel.impor(unitId, tahun, triwulan, in);
            }
        }
        model.addAttribute("unitId", unitId);
        model.addAttribute("tahun", tahun);
        model.addAttribute("triwulan", triwulan);
        model.addAttribute("hasil", hasil);
        return "realisasi/excel";
    }

    private static ResponseEntity<byte[]> unduh(RealisasiExcelService.Berkas b) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(b.nama().replaceAll("[^A-Za-z0-9._-]+", "-")).build()
                        .toString()).body(b.isi());
    }
}
