package id.kinerja.organisasi.web;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.StatusTahun;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormGagal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
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
    String buka(@PathVariable Long organisasiId, @RequestParam(required = false) String tahun, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        // read as text: a typo is shown at the field with what was typed, not as a bare 400 page
        String teks = tahun == null ? "" : tahun.trim();
        try {
            if (!teks.matches("[0-9]{4}")) {
                throw new BusinessRuleException("tahun", "tahun.tidakSah");
            }
            organisasi.bukaTahun(organisasiId, Integer.parseInt(teks));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("gagal", FormGagal.dari("tahun", e, messages,
                    Map.of("tahun", teks.length() > 20 ? teks.substring(0, 20) : teks)));
            return tahun(organisasiId, model);
        }
        redirect.addFlashAttribute("pesanKode", "tahun.dibuka");
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
