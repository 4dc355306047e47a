package id.kinerja.perencanaan.excel.web;

import id.kinerja.perencanaan.excel.HasilImpor;
import id.kinerja.perencanaan.excel.PkExcelService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Excel template, export and all-or-nothing import of a PK's SS / IKU / targets. */
@Controller
@RequestMapping("/perencanaan/pk/{pkId}")
class PkExcelController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PkExcelService excel;

    PkExcelController(PkExcelService excel) {
        this.excel = excel;
    }

    @GetMapping("/templat.xlsx")
    ResponseEntity<byte[]> templat(@PathVariable Long pkId) {
        return unduhan(excel.templat(pkId), "templat-pk-" + pkId + ".xlsx");
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> ekspor(@PathVariable Long pkId) {
        return unduhan(excel.ekspor(pkId), "pk-" + pkId + "-iku.xlsx");
    }

    @GetMapping("/impor")
    String formulir(@PathVariable Long pkId, Model model) {
        model.addAttribute("pk", excel.pkUntukImpor(pkId));
        return "perencanaan/impor";
    }

    @PostMapping("/impor")
    String impor(@PathVariable Long pkId, @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        HasilImpor hasil;
        try (InputStream in = berkas == null || berkas.isEmpty() ? InputStream.nullInputStream()
                : berkas.getInputStream()) {
            hasil = excel.impor(pkId, version, in);
        } catch (OptimisticLockingFailureException e) {
            // the PK changed since the page was opened: this page again, with the PK as it is now (its
            // version in the form) and the conflict message; nothing was imported
            model.addAttribute("pk", excel.pkUntukImpor(pkId));
            model.addAttribute("konflik", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "perencanaan/impor";
        }
        if (hasil.berhasil()) {
            redirect.addFlashAttribute("pesanKode", "excel.impor.berhasil");
            return "redirect:/perencanaan/pk/" + pkId;
        }
        // refused: nothing imported, the problems listed per row and cell (400)
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("pk", hasil.pk());
        model.addAttribute("hasil", hasil);
        return "perencanaan/impor";
    }

    private static ResponseEntity<byte[]> unduhan(byte[] isi, String nama) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(isi.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build()
                        .toString())
                .body(isi);
    }
}
