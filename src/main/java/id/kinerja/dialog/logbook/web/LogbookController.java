package id.kinerja.dialog.logbook.web;

import id.kinerja.dialog.logbook.LogbookService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final MessageSource messages;

    LogbookController(LogbookService service, ObjectProvider<PdfRenderer> pdf, Clock clock, MessageSource messages) {
        this.service = service;
        this.pdf = pdf;
        this.clock = clock;
        this.messages = messages;
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
    String jawab(@PathVariable Long logbookId, @ModelAttribute("jawab") LogbookForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Long unitId = service.jawab(logbookId, form.getVersion(), form.getJawaban());
            redirect.addFlashAttribute("pesanKode", "logbook.dijawab");
            return "redirect:/logbook/unit/" + unitId;
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (OptimisticLockingFailureException e) {
            // the typed answer stays; the page shows the stored one and, if still open, the form with the new version
            binding.reject("logbook.jawab.konflik");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        LogbookService.JawabanTersimpan kini = service.jawabanTersimpan(logbookId);
        model.addAttribute("jawabanKini", kini);
        model.addAttribute("jawabDitolak", IsianDitolak.dari(logbookId, binding, List.of("jawaban"), messages,
                LocaleContextHolder.getLocale()));
        LogbookForm entri = new LogbookForm();
        entri.setTanggal(Waktu.hariIni(clock));
        return tampil(kini.unitId(), YearMonth.from(Waktu.hariIni(clock)), entri, model);
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
