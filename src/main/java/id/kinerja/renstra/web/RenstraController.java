package id.kinerja.renstra.web;

import id.kinerja.platform.web.FormGagal;
import java.util.Map;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.renstra.RenstraService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renstra screens: the unit's periods, one period's IKU table, Excel template and import. */
@Controller
class RenstraController {

    private static final long MAKS_BERKAS = 2L * 1024 * 1024;

    private final RenstraService renstra;
    private final MessageSource pesan;

    RenstraController(RenstraService renstra, MessageSource pesan) {
        this.renstra = renstra;
        this.pesan = pesan;
    }

    @GetMapping("/renstra/{unitId}")
    String daftar(@PathVariable Long unitId, Model model) {
        model.addAttribute("data", renstra.daftar(unitId));
        return "renstra/daftar";
    }

    @PostMapping("/renstra/{unitId}")
    String buat(@PathVariable Long unitId, @RequestParam(name = "tahunMulai", required = false) String tahunMulai,
            RedirectAttributes flash, Model model, HttpServletResponse response) {
        Integer th = null;
        if (tahunMulai != null && tahunMulai.strip().matches("\\d{4}")) {
            th = Integer.valueOf(tahunMulai.strip());
        }
        try {
            if (th == null) {
                throw new BusinessRuleException("tahunMulai", "renstra.tahun.tidakSah");
            }
            renstra.buat(unitId, th);
        } catch (BusinessRuleException e) {
            model.addAttribute("data", renstra.daftar(unitId));
            model.addAttribute("tahunMulai", tahunMulai == null ? "" : tahunMulai.substring(0, Math.min(10, tahunMulai.length())));
            model.addAttribute("galat", pesan.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "renstra/daftar";
        }
        return "redirect:/renstra/" + unitId + "/" + th;
    }

    @GetMapping("/renstra/{unitId}/{tahun}")
    String detail(@PathVariable Long unitId, @PathVariable int tahun, Model model) {
        model.addAttribute("data", renstra.detail(unitId, tahun));
        return "renstra/detail";
    }

    @GetMapping("/renstra/{unitId}/{tahun}/templat.xlsx")
    ResponseEntity<byte[]> templat(@PathVariable Long unitId, @PathVariable int tahun) {
        byte[] isi = renstra.templat(unitId, tahun);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("renstra-" + tahun + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(isi);
    }

    /** Pre-fills the draft PK of a year of the Renstra; the planner continues on the PK page. */
    @PostMapping("/renstra/{unitId}/{tahun}/pk")
    String buatPk(@PathVariable Long unitId, @PathVariable int tahun,
            @RequestParam(name = "tahunPk", required = false) String tahunPk, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            // reach and period first (403/404), then the year the form names
            renstra.detail(unitId, tahun);
            if (tahunPk == null || !tahunPk.strip().matches("\\d{4}")) {
                throw new BusinessRuleException("tahunPk", "renstra.tahun.tidakSah");
            }
            var hasil = renstra.buatPk(unitId, tahun, Integer.parseInt(tahunPk.strip()));
            flash.addFlashAttribute("drafDariRenstra", hasil);
            return "redirect:/perencanaan/pk/" + hasil.pkId();
        } catch (BusinessRuleException e) {
            model.addAttribute("data", renstra.detail(unitId, tahun));
            // the message at the year field, the chosen year kept
            model.addAttribute("gagal", FormGagal.dari("pk", e, pesan,
                    Map.of("tahunPk", tahunPk == null ? "" : tahunPk.substring(0, Math.min(10, tahunPk.length())))));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "renstra/detail";
        }
    }

    @PostMapping("/renstra/{unitId}/{tahun}/impor")
    String impor(@PathVariable Long unitId, @PathVariable int tahun,
            @RequestParam(name = "version", required = false) Long version,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas, Model model,
            RedirectAttributes flash, HttpServletResponse response) throws IOException {
        try {
            // reach and period first; only then is the upload read
            RenstraService.Detail d = renstra.detail(unitId, tahun);
            if (berkas == null || berkas.isEmpty()) {
                throw new BusinessRuleException("berkas", "excel.galat.kosong");
            }
            if (berkas.getSize() > MAKS_BERKAS) {
                throw new BusinessRuleException("berkas", "excel.galat.terlaluBesar");
            }
            int n = renstra.impor(unitId, tahun, version == null ? d.version() : version, berkas.getBytes());
            flash.addFlashAttribute("jumlahImpor", n);
            return "redirect:/renstra/" + unitId + "/" + tahun;
        } catch (BusinessRuleException e) {
            model.addAttribute("data", renstra.detail(unitId, tahun));
            model.addAttribute("galat", e.semuaPelanggaran().stream().map(x -> pesan.getMessage(x.getMessageKey(),
                    x.getArgs(), x.getMessageKey(), LocaleContextHolder.getLocale())).toList());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "renstra/detail";
        }
    }
}
