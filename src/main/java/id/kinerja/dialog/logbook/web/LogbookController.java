package id.kinerja.dialog.logbook.web;

import id.kinerja.dialog.logbook.LogbookService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Kemenkes logbook of an individual position: a month's entries, answers, the monthly print. */
@Controller
@RequestMapping("/logbook")
class LogbookController {

    private final LogbookService service;
    private final ObjectProvider<PdfRenderer> pdf;
    private final Clock clock;

    LogbookController(LogbookService service, ObjectProvider<PdfRenderer> pdf, Clock clock) {
        this.service = service;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/unit/{unitId}")
    String halaman(@PathVariable Long unitId, @RequestParam(required = false) String bulan, Model model) {
        LogbookForm form = new LogbookForm();
        form.setTanggal(Waktu.hariIni(clock));
        return tampil(unitId, bulan(bulan), form, model);
    }

    @PostMapping("/unit/{unitId}")
    String tulis(@PathVariable Long unitId, @ModelAttribute("entri") LogbookForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.tulis(unitId, form.getTanggal(), form.getKegiatanId(), form.getRincian(), form.getTautan(),
                        form.getKategori());
                redirect.addFlashAttribute("pesanKode", "logbook.tersimpan");
                return "redirect:/logbook/unit/" + unitId + "?bulan=" + YearMonth.from(form.getTanggal());
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        return tampil(unitId, form.getTanggal() == null ? YearMonth.now(clock.withZone(Waktu.WIB))
                : YearMonth.from(form.getTanggal()), form, model);
    }

    @PostMapping("/{logbookId}/jawab")
    String jawab(@PathVariable Long logbookId, @ModelAttribute("jawab") LogbookForm form,
            RedirectAttributes redirect) {
        Long unitId = service.jawab(logbookId, form.getVersion(), form.getJawaban());
        redirect.addFlashAttribute("pesanKode", "logbook.dijawab");
        return "redirect:/logbook/unit/" + unitId;
    }

    @GetMapping("/unit/{unitId}/cetak")
    String cetak(@PathVariable Long unitId, @RequestParam(required = false) String bulan, Model model) {
        model.addAttribute("data", service.halaman(unitId, bulan(bulan)));
        return "dialog/cetak-logbook";
    }

    @GetMapping("/unit/{unitId}/cetak.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long unitId, @RequestParam(required = false) String bulan) {
        LogbookService.Halaman h = service.halaman(unitId, bulan(bulan));
        return PdfDownload.attachment(pdf.getObject().render("dialog/cetak-logbook", Map.of("data", h)),
                "logbook-" + h.unitKode() + "-" + h.bulan() + ".pdf");
    }

    private String tampil(Long unitId, YearMonth bulan, LogbookForm form, Model model) {
        model.addAttribute("data", service.halaman(unitId, bulan));
        model.addAttribute("entri", form);
        return "dialog/logbook";
    }

    /** yyyy-MM, bounded; anything else means this month. */
    private YearMonth bulan(String teks) {
        if (teks != null && teks.length() == 7) {
            try {
                return YearMonth.parse(teks);
            } catch (DateTimeParseException e) {
                // fall through to this month
            }
        }
        return YearMonth.now(clock.withZone(Waktu.WIB));
    }
}
