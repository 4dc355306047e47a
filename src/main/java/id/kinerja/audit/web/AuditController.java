package id.kinerja.audit.web;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private final AuditService audit;
    private final MessageSource messages;

    AuditController(AuditService audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String jejak(@RequestParam(required = false) String pelaku, @RequestParam(required = false) String entitas,
            @RequestParam(required = false) AuditAksi aksi,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int halaman, Model model) {
        AuditService.Filter filter = new AuditService.Filter(pelaku, entitas, aksi, dari, sampai, unit, halaman);
        model.addAttribute("filter", filter);
        AuditService.Halaman hasil = audit.cari(filter);
        model.addAttribute("hasil", hasil);
        // entries as people read them: labels, changed fields, Indonesian numbers (the JSON stays stored as is)
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("tampil", hasil.baris().stream().map(b -> TampilanAudit.dari(b, messages, locale)).toList());
        model.addAttribute("aksiPilihan", AuditAksi.values());
        return "audit/jejak";
    }
}
