package id.kinerja.perencanaan.web;

import id.kinerja.perencanaan.PetaStrategiService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.galat.BusinessRuleException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Peta Strategi of a PK version: the drawn map, its cause → effect arrows, print view and PDF. */
@Controller
@RequestMapping("/perencanaan/pk/{pkId}")
class PetaStrategiController {

    private final PetaStrategiService peta;
    // a provider, so web-slice tests of this controller need no PDF renderer
    private final ObjectProvider<PdfRenderer> pdf;

    PetaStrategiController(PetaStrategiService peta, ObjectProvider<PdfRenderer> pdf) {
        this.peta = peta;
        this.pdf = pdf;
    }

    /** The arrow form: the cause SS ("dari") and the effect SS ("ke"); the service checks both. */
    public static class PanahForm {

        private Long dari;
        private Long ke;

        public Long getDari() {
            return dari;
        }

        public void setDari(Long dari) {
            this.dari = dari;
        }

        public Long getKe() {
            return ke;
        }

        public void setKe(Long ke) {
            this.ke = ke;
        }
    }

    @GetMapping("/peta")
    String halaman(@PathVariable Long pkId, Model model) {
        model.addAttribute("peta", peta.peta(pkId));
        model.addAttribute("form", new PanahForm());
        return "perencanaan/peta";
    }

    @PostMapping("/peta/panah")
    String tambahPanah(@PathVariable Long pkId, @ModelAttribute("form") PanahForm form, BindingResult binding,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                peta.tambahPanah(pkId, PerencanaanController.versi(version), form.getDari(), form.getKe());
                redirect.addFlashAttribute("pesanKode", "peta.panah.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId + "/peta";
            } catch (BusinessRuleException e) {
                for (BusinessRuleException v : e.semuaPelanggaran()) {
                    if ("dari".equals(v.getField()) || "ke".equals(v.getField())) {
                        binding.rejectValue(v.getField(), v.getMessageKey(), v.getArgs(), v.getMessageKey());
                    } else {
                        binding.reject(v.getMessageKey(), v.getArgs(), v.getMessageKey());
                    }
                }
            }
        }
        model.addAttribute("versiPk", version);
        model.addAttribute("peta", peta.peta(pkId));
        return "perencanaan/peta";
    }

    @PostMapping("/peta/panah/{panahId}/hapus")
    String hapusPanah(@PathVariable Long pkId, @PathVariable Long panahId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        peta.hapusPanah(pkId, PerencanaanController.versi(version), panahId);
        redirect.addFlashAttribute("pesanKode", "peta.panah.dihapus");
        return "redirect:/perencanaan/pk/" + pkId + "/peta";
    }

    @GetMapping("/peta/cetak")
    String cetak(@PathVariable Long pkId, Model model) {
        model.addAttribute("peta", peta.peta(pkId));
        return "perencanaan/peta-cetak";
    }

    /** The print view as a PDF download: the same SVG map, drawn by the renderer's SVG support. */
    @GetMapping("/peta.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long pkId) {
        PetaStrategiService.PetaView view = peta.peta(pkId);
        byte[] dokumen = pdf.getObject().render("perencanaan/peta-cetak", Map.of("peta", view));
        return PdfDownload.attachment(dokumen, "peta-strategi-" + view.unitKode() + "-" + view.tahun() + ".pdf");
    }
}
