package id.kinerja.laporan.web;

import id.kinerja.laporan.ReviuLkjService;
import id.kinerja.platform.galat.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspectorate records its review of a signed annual LKj. */
@Controller
class ReviuLkjController {

    private final ReviuLkjService reviu;

    ReviuLkjController(ReviuLkjService reviu) {
        this.reviu = reviu;
    }

    @PostMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TAHUN}/reviu")
    String catat(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode,
            @RequestParam(name = "catatan", required = false) String catatan, RedirectAttributes flash) {
        try {
            reviu.catat(unitKode, tahun, catatan);
            flash.addFlashAttribute("berhasil", "lkj.reviu.tercatat");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("galatReviu", e.semuaPelanggaran().stream()
                    .map(BusinessRuleException::getMessageKey).toList());
            // the reviewer's text comes back with the message (bounded like the field)
            flash.addFlashAttribute("catatanReviu", catatan == null ? "" : catatan.substring(0, Math.min(4000,
                    catatan.length())));
        }
        return "redirect:/laporan/lkj/" + unitKode + "/" + tahun + "/TAHUN";
    }
}
