package id.kinerja.audit.web;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String jejak(@RequestParam(required = false) String pelaku, @RequestParam(required = false) String entitas,
            @RequestParam(required = false) AuditAksi aksi,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int halaman, Model model) {
        AuditService.Filter filter = new AuditService.Filter(pelaku, entitas, aksi, dari, sampai, unit, halaman);
        model.addAttribute("filter", filter);
        model.addAttribute("hasil", audit.cari(filter));
        model.addAttribute("aksiPilihan", AuditAksi.values());
        return "audit/jejak";
    }
}
