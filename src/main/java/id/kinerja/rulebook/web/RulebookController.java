package id.kinerja.rulebook.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.rulebook.RulebookService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RulebookController {

    private final RulebookService rulebooks;

    RulebookController(RulebookService rulebooks) {
        this.rulebooks = rulebooks;
    }

    @GetMapping("/admin/rulebook")
    String daftar(Model model) {
        model.addAttribute("daftar", rulebooks.daftar());
        return "rulebook/daftar";
    }

    @GetMapping("/admin/rulebook/{kode}")
    String detail(@PathVariable String kode, Model model) {
        RulebookService.RulebookDetail detail = rulebooks.detail(kode);
        model.addAttribute("detail", detail);
        model.addAttribute("form", RulebookForm.from(detail.aktif(), detail.periodeSekarang()));
        return "rulebook/detail";
    }

    @PostMapping("/admin/rulebook/{kode}")
    String simpan(@PathVariable String kode, @Valid @ModelAttribute("form") RulebookForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.periksa(binding);
        RulebookService.RulebookDetail detail = rulebooks.detail(kode);
        if (!binding.hasErrors()) {
            try {
                rulebooks.simpan(kode, form.berlaku(), form.toRulebook(detail.aktif()), form.getKeterangan().trim());
                redirect.addFlashAttribute("pesanKode", "rulebook.tersimpan");
                return "redirect:/admin/rulebook/" + kode;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (IllegalArgumentException e) {
                // the engine's own consistency check (overlapping bands, duplicate codes…)
                binding.reject("rulebook.tidakKonsisten", new Object[] {e.getMessage()}, "rulebook.tidakKonsisten");
            }
        }
        model.addAttribute("detail", detail);
        return "rulebook/detail";
    }
}
