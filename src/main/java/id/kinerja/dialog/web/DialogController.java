package id.kinerja.dialog.web;

import id.kinerja.dialog.BerandaDialog;
import id.kinerja.dialog.DialogService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import java.time.Clock;
import java.time.LocalDate;
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

/** Dialog Kinerja pages: a unit's dialogs and schedule, a risalah with its follow-ups and requests, prints. */
@Controller
@RequestMapping("/dialog")
class DialogController {

    private final DialogService service;
    private final BerandaDialog beranda;
    private final ObjectProvider<PdfRenderer> pdf;
    private final Clock clock;

    DialogController(DialogService service, BerandaDialog beranda, ObjectProvider<PdfRenderer> pdf, Clock clock) {
        this.service = service;
        this.beranda = beranda;
        this.pdf = pdf;
        this.clock = clock;
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
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Long id = service.catat(unitId, form.risalah());
                redirect.addFlashAttribute("pesanKode", "dialog.tersimpan");
                return "redirect:/dialog/" + id;
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
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
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.ubah(dialogId, form.getVersion(), form.risalah());
                redirect.addFlashAttribute("pesanKode", "dialog.tersimpan");
                return "redirect:/dialog/" + dialogId;
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        return halamanDialog(service.dialog(dialogId), form, new TindakLanjutDialogForm(), new PermintaanForm(),
                model);
    }

    @PostMapping("/{dialogId}/tindak-lanjut")
    String tambahTindakLanjut(@PathVariable Long dialogId, @ModelAttribute("tl") TindakLanjutDialogForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.tambahTindakLanjut(dialogId, form.getUraian(), form.getPenanggungJawab(), form.getBatas());
                redirect.addFlashAttribute("pesanKode", "dialog.tl.tersimpan");
                return "redirect:/dialog/" + dialogId + "#tindak-lanjut";
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        DialogService.DialogView d = service.dialog(dialogId);
        return halamanDialog(d, RisalahForm.dari(d.risalah(), d.version()), form, new PermintaanForm(), model);
    }

    @PostMapping("/tindak-lanjut/{tindakLanjutDialogId}/tutup")
    String tutup(@PathVariable Long tindakLanjutDialogId, @ModelAttribute("tutup") TindakLanjutDialogForm form,
            RedirectAttributes redirect) {
        // a refused note (empty, too long) answers through the global rule handler
        Long dialogId = service.tutupTindakLanjut(tindakLanjutDialogId, form.getVersion(), form.getCatatan());
        redirect.addFlashAttribute("pesanKode", "dialog.tl.ditutup");
        return "redirect:/dialog/" + dialogId + "#tindak-lanjut";
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
            RedirectAttributes redirect) {
        Long dialogId = service.dialogDariPermintaan(permintaanId);
        Long pk = service.setujui(permintaanId, form.getVersion(), form.getJawaban());
        redirect.addFlashAttribute("pesanKode", "dialog.permintaan.disetujui");
        redirect.addFlashAttribute("pkRevisiId", pk);
        return "redirect:/dialog/" + dialogId + "#permintaan";
    }

    @PostMapping("/permintaan/{permintaanId}/tolak")
    String tolak(@PathVariable Long permintaanId, @ModelAttribute("keputusan") PermintaanForm form,
            RedirectAttributes redirect) {
        Long dialogId = service.dialogDariPermintaan(permintaanId);
        service.tolak(permintaanId, form.getVersion(), form.getJawaban());
        redirect.addFlashAttribute("pesanKode", "dialog.permintaan.ditolak");
        return "redirect:/dialog/" + dialogId + "#permintaan";
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
