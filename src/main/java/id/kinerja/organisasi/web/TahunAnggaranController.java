package id.kinerja.organisasi.web;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.StatusTahun;
import id.kinerja.platform.galat.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TahunAnggaranController {

    private final OrganisasiService organisasi;
    private final MessageSource messages;

    TahunAnggaranController(OrganisasiService organisasi, MessageSource messages) {
        this.organisasi = organisasi;
        this.messages = messages;
    }

    @GetMapping("/admin/tahun")
    String daftar(Model model) {
        model.addAttribute("organisasi", organisasi.dapatDikelola());
        return "organisasi/tahun-daftar";
    }

    @GetMapping("/admin/tahun/{organisasiId}")
    String tahun(@PathVariable Long organisasiId, Model model) {
        model.addAttribute("data", organisasi.halamanTahun(organisasiId));
        model.addAttribute("statusPilihan", StatusTahun.values());
        return "organisasi/tahun";
    }

    @PostMapping("/admin/tahun/{organisasiId}")
    String buka(@PathVariable Long organisasiId, @RequestParam int tahun, RedirectAttributes redirect) {
        try {
            organisasi.bukaTahun(organisasiId, tahun);
            redirect.addFlashAttribute("pesanKode", "tahun.dibuka");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("galat", messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/tahun/" + organisasiId;
    }

    @PostMapping("/admin/tahun/{organisasiId}/{id}/status")
    String status(@PathVariable Long organisasiId, @PathVariable Long id, @RequestParam long version,
            @RequestParam StatusTahun status, RedirectAttributes redirect) {
        organisasi.ubahStatusTahun(id, version, status);
        redirect.addFlashAttribute("pesanKode", "tahun.statusDiubah");
        return "redirect:/admin/tahun/" + organisasiId;
    }
}
