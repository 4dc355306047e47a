package id.kinerja.organisasi.web;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.OrganisasiView;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ministries: listed and created by the super admin. */
@Controller
class OrganisasiController {

    private final OrganisasiService organisasi;

    OrganisasiController(OrganisasiService organisasi) {
        this.organisasi = organisasi;
    }

    @GetMapping("/admin/organisasi")
    String daftar(Model model) {
        model.addAttribute("daftar", organisasi.dapatDikelola());
        model.addAttribute("form", new OrganisasiForm());
        return "organisasi/organisasi";
    }

    @PostMapping("/admin/organisasi")
    String buat(@Valid @ModelAttribute("form") OrganisasiForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                OrganisasiView baru = organisasi.buat(form.toParameters());
                redirect.addFlashAttribute("pesanKode", "organisasi.tersimpan");
                return "redirect:/unit/" + baru.unitAkarId();
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        model.addAttribute("daftar", organisasi.dapatDikelola());
        return "organisasi/organisasi";
    }
}
