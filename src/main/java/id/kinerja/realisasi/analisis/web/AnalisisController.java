package id.kinerja.realisasi.analisis.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.realisasi.analisis.AnalisisIku;
import id.kinerja.realisasi.analisis.AnalisisService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/realisasi/{unitId}/{tahun}/tw/{triwulan}/analisis")
class AnalisisController {

    private final AnalisisService service;
    private final MessageSource messages;

    AnalisisController(AnalisisService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String halaman(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/analisis";
    }

    @PostMapping("/{ikuId}")
    String simpan(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long ikuId, @ModelAttribute("analisisForm") AnalisisForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            service.simpan(unitId, tahun, triwulan, ikuId, form.getVersion(), new AnalisisIku.Isi(form.getIsuPositif(),
                    form.getIsuNegatif(), form.getImplikasi(), form.getAkarMasalah(), form.getKendala(),
                    form.getNarasi()));
            redirect.addFlashAttribute("pesanKode", "analisis.tersimpan");
            return kembali(unitId, tahun, triwulan, ikuId);
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (OptimisticLockingFailureException e) {
            // the typed text stays in the boxes, the stored text under them; the form carries the new version
            binding.reject("analisis.konflik");
            model.addAttribute("analisisKonflik", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("analisisDitolak", IsianDitolak.dari(ikuId, binding, AnalisisForm.FIELDS, messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/analisis";
    }

    @PostMapping("/{ikuId}/tindak-lanjut")
    String tambah(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long ikuId, @ModelAttribute("tindakLanjutForm") TindakLanjutForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                service.tambahTindakLanjut(unitId, tahun, triwulan, ikuId, form.getRekomendasi(),
                        form.getPenanggungJawab(), form.getTargetTriwulan());
                redirect.addFlashAttribute("pesanKode", "analisis.tindakLanjut.tersimpan");
                return kembali(unitId, tahun, triwulan, ikuId);
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("tindakLanjutDitolak", IsianDitolak.dari(ikuId, binding, TindakLanjutForm.FIELDS,
                messages, LocaleContextHolder.getLocale()));
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/analisis";
    }

    @PostMapping("/tindak-lanjut/{tindakLanjutId}/tutup")
    String tutup(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long tindakLanjutId, @ModelAttribute("tutupForm") TindakLanjutForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            service.tutupTindakLanjut(unitId, tahun, triwulan, tindakLanjutId, form.getVersion(), form.getCatatan());
            redirect.addFlashAttribute("pesanKode", "analisis.tindakLanjut.ditutup");
            return "redirect:/realisasi/" + unitId + "/" + tahun + "/tw/" + triwulan + "/analisis#tl-" + tindakLanjutId;
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("analisis.tindakLanjut.konflik");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("tutupDitolak", IsianDitolak.dari(tindakLanjutId, binding, TindakLanjutForm.FIELDS,
                messages, LocaleContextHolder.getLocale()));
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/analisis";
    }

    private static String kembali(Long unitId, int tahun, int triwulan, Long ikuId) {
        return "redirect:/realisasi/" + unitId + "/" + tahun + "/tw/" + triwulan + "/analisis#iku-" + ikuId;
    }
}
