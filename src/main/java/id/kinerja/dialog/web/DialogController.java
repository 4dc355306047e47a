package id.kinerja.dialog.web;

import id.kinerja.dialog.BerandaDialog;
import id.kinerja.dialog.DialogService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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

/** Dialog Kinerja pages: a unit's dialogs and schedule, a risalah with its follow-ups and requests, prints. */
@Controller
@RequestMapping("/dialog")
class DialogController {

    private final DialogService service;
    private final BerandaDialog beranda;
    private final ObjectProvider<PdfRenderer> pdf;
    private final Clock clock;
    private final MessageSource messages;

    DialogController(DialogService service, BerandaDialog beranda, ObjectProvider<PdfRenderer> pdf, Clock clock,
            MessageSource messages) {
        this.service = service;
        this.beranda = beranda;
        this.pdf = pdf;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String beranda(Model model) {
        model.addAttribute("data", beranda.beranda());
        return "dialog/beranda";
    }

    @GetMapping("/unit/{unitId}")
    String unit(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun, Model model) {
        int th = tahun == null ? Waktu.hariIni(clock).getYear() : tahun;
        RisalahForm form = new RisalahForm();
        form.setTanggal(Waktu.hariIni(clock));
        return halamanUnit(unitId, th, form, model);
    }

    @PostMapping("/unit/{unitId}")
    String catat(@PathVariable Long unitId, @ModelAttribute("risalah") RisalahForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Long id = service.catat(unitId, form.risalah());
                redirect.addFlashAttribute("pesanKode", "dialog.tersimpan");
                return "redirect:/dialog/" + id;
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        int th = form.getTanggal() == null ? Waktu.hariIni(clock).getYear() : form.getTanggal().getYear();
        return halamanUnit(unitId, th, form, model);
    }

    private String halamanUnit(Long unitId, int tahun, RisalahForm form, Model model) {
        model.addAttribute("data", service.halamanUnit(unitId, tahun));
        model.addAttribute("risalah", form);
        LocalDate t = form.getTanggal() == null ? Waktu.hariIni(clock) : form.getTanggal();
        model.addAttribute("ikuPilihan", service.ikuUntuk(unitId, t));
        return "dialog/unit";
    }

    /** The unit page's small panel: open follow-ups, the overdue ones marked. */
    @GetMapping("/unit/{unitId}/tindak-lanjut-terbuka")
    String panelTerbuka(@PathVariable Long unitId, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("daftar", service.tindakLanjutTerbuka(unitId));
        return "dialog/panel-tindak-lanjut :: panel";
    }

    @GetMapping("/{dialogId}")
    String dialog(@PathVariable Long dialogId, Model model) {
        DialogService.DialogView d = service.dialog(dialogId);
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), new TindakLanjutDialogForm(),
                new PermintaanForm(), model);
    }

    @PostMapping("/{dialogId}")
    String ubah(@PathVariable Long dialogId, @ModelAttribute("risalah") RisalahForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                service.ubah(dialogId, form.getVersion(), form.risalah());
                redirect.addFlashAttribute("pesanKode", "dialog.tersimpan");
                return "redirect:/dialog/" + dialogId;
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            } catch (OptimisticLockingFailureException e) {
                // the typed minutes stay; they carry the stored version so that saving again overwrites knowingly
                DialogService.DialogView kini = service.dialog(dialogId);
                form.setVersion(kini.version());
                binding.reject("dialog.konflik");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return halamanDialog(kini, form, new TindakLanjutDialogForm(), new PermintaanForm(), model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return halamanDialog(service.dialog(dialogId), form, new TindakLanjutDialogForm(), new PermintaanForm(),
                model);
    }

    @PostMapping("/{dialogId}/tindak-lanjut")
    String tambahTindakLanjut(@PathVariable Long dialogId, @ModelAttribute("tl") TindakLanjutDialogForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                service.tambahTindakLanjut(dialogId, form.getUraian(), form.getPenanggungJawab(), form.getBatas());
                redirect.addFlashAttribute("pesanKode", "dialog.tl.tersimpan");
                return "redirect:/dialog/" + dialogId + "#tindak-lanjut";
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        DialogService.DialogView d = service.dialog(dialogId);
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), form, new PermintaanForm(), model);
    }

    @PostMapping("/tindak-lanjut/{tindakLanjutDialogId}/tutup")
    String tutup(@PathVariable Long tindakLanjutDialogId, @ModelAttribute("tutup") TindakLanjutDialogForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Long dialogId = service.tutupTindakLanjut(tindakLanjutDialogId, form.getVersion(), form.getCatatan());
            redirect.addFlashAttribute("pesanKode", "dialog.tl.ditutup");
            return "redirect:/dialog/" + dialogId + "#tindak-lanjut";
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("dialog.tl.konflik");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        // the typed note is shown again at its follow-up (or next to it, when someone closed it meanwhile)
        model.addAttribute("tutupDitolak", IsianDitolak.dari(tindakLanjutDialogId, binding, List.of("catatan"),
                messages, LocaleContextHolder.getLocale()));
        DialogService.DialogView d = service.dialog(service.dialogDariTindakLanjut(tindakLanjutDialogId));
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), new TindakLanjutDialogForm(),
                new PermintaanForm(), model);
    }

    @PostMapping("/{dialogId}/permintaan")
    String ajukan(@PathVariable Long dialogId, @ModelAttribute("permintaan") PermintaanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.ajukanPermintaan(dialogId, form.getJenis(), form.getIkuId(), form.getTargetBaru(),
                        form.getUraian(), form.getAlasan());
                redirect.addFlashAttribute("pesanKode", "dialog.permintaan.diajukan");
                return "redirect:/dialog/" + dialogId + "#permintaan";
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        DialogService.DialogView d = service.dialog(dialogId);
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), new TindakLanjutDialogForm(), form,
                model);
    }

    @PostMapping("/permintaan/{permintaanId}/setujui")
    String setujui(@PathVariable Long permintaanId, @ModelAttribute("keputusan") PermintaanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Long dialogId = service.dialogDariPermintaan(permintaanId);
        try {
            Long pk = service.setujui(permintaanId, form.getVersion(), form.getJawaban());
            redirect.addFlashAttribute("pesanKode", "dialog.permintaan.disetujui");
            redirect.addFlashAttribute("pkRevisiId", pk);
            return "redirect:/dialog/" + dialogId + "#permintaan";
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            return keputusanDitolak(dialogId, permintaanId, e, binding, model, response);
        }
    }

    @PostMapping("/permintaan/{permintaanId}/tolak")
    String tolak(@PathVariable Long permintaanId, @ModelAttribute("keputusan") PermintaanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Long dialogId = service.dialogDariPermintaan(permintaanId);
        try {
            service.tolak(permintaanId, form.getVersion(), form.getJawaban());
            redirect.addFlashAttribute("pesanKode", "dialog.permintaan.ditolak");
            return "redirect:/dialog/" + dialogId + "#permintaan";
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            return keputusanDitolak(dialogId, permintaanId, e, binding, model, response);
        }
    }

    /** A refused or stale answer to a request: the page again, the typed answer at that request. */
    private String keputusanDitolak(Long dialogId, Long permintaanId, RuntimeException e, BindingResult binding,
            Model model, HttpServletResponse response) {
        if (e instanceof BusinessRuleException b) {
            IsianDitolak.tolak(binding, b);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            binding.reject("dialog.permintaan.konflik");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("keputusanDitolak", IsianDitolak.dari(permintaanId, binding, List.of("jawaban"), messages,
                LocaleContextHolder.getLocale()));
        DialogService.DialogView d = service.dialog(dialogId);
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), new TindakLanjutDialogForm(),
                new PermintaanForm(), model);
    }

    @GetMapping("/{dialogId}/cetak")
    String cetak(@PathVariable Long dialogId, Model model) {
        model.addAttribute("data", service.dialog(dialogId));
        return "dialog/cetak-risalah";
    }

    @GetMapping("/{dialogId}/cetak.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long dialogId) {
        DialogService.DialogView d = service.dialog(dialogId);
        return PdfDownload.attachment(pdf.getObject().render("dialog/cetak-risalah", Map.of("data", d)),
                "risalah-dialog-kinerja-" + d.unitKode() + "-" + d.risalah().tanggal() + ".pdf");
    }

    private String halamanDialog(DialogService.DialogView d, RisalahForm risalah, TindakLanjutDialogForm tl,
            PermintaanForm permintaan, Model model) {
        model.addAttribute("data", d);
        model.addAttribute("risalah", risalah);
        model.addAttribute("tl", tl);
        model.addAttribute("permintaan", permintaan);
        model.addAttribute("ikuPilihan", d.iku());
        model.addAttribute("ikuPermintaan", service.ikuUntukPermintaan(d.unitId(), d.tahun()));
        return "dialog/dialog";
    }
}
