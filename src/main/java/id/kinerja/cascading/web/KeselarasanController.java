package id.kinerja.cascading.web;

import id.kinerja.cascading.Keselarasan;
import id.kinerja.cascading.KeselarasanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormGagal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/cascading/iku/{ikuId}/keselarasan")
class KeselarasanController {

    private final KeselarasanService keselarasan;
    private final MessageSource messages;

    KeselarasanController(KeselarasanService keselarasan, MessageSource messages) {
        this.keselarasan = keselarasan;
        this.messages = messages;
    }

    @GetMapping
    String halaman(@PathVariable Long ikuId, Model model) {
        model.addAttribute("data", keselarasan.data(ikuId));
        model.addAttribute("jenisPilihan", Keselarasan.Jenis.values());
        return "cascading/keselarasan";
    }

    @PostMapping
    String selaraskan(@PathVariable Long ikuId, @RequestParam(required = false) Long pendukungId,
            @RequestParam(required = false) Keselarasan.Jenis jenis, @RequestParam(required = false) String keterangan,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return simpan(ikuId, "selaras", semua, model, redirect, response,
                () -> keselarasan.selaraskan(ikuId, pendukungId, jenis, keterangan));
    }

    @PostMapping("/{id}/hapus")
    String hapusSelaras(@PathVariable Long ikuId, @PathVariable Long id, RedirectAttributes redirect) {
        return selesai(ikuId, redirect, () -> keselarasan.hapusSelaras(ikuId, id));
    }

    @PostMapping("/kontributor")
    String tambahKontributor(@PathVariable Long ikuId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String namaEksternal, @RequestParam(required = false) String peran,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return simpan(ikuId, "kontributor", semua, model, redirect, response,
                () -> keselarasan.tambahKontributor(ikuId, unitId, namaEksternal, peran));
    }

    @PostMapping("/kontributor/{id}/hapus")
    String hapusKontributor(@PathVariable Long ikuId, @PathVariable Long id, RedirectAttributes redirect) {
        return selesai(ikuId, redirect, () -> keselarasan.hapusKontributor(ikuId, id));
    }

    /** A form with typed input: refused, the page again (400) with the message at the field and the input kept. */
    private String simpan(Long ikuId, String form, Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Runnable aksi) {
        try {
            aksi.run();
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("gagal", FormGagal.dari(form, e, messages, semua));
            return halaman(ikuId, model);
        }
        redirect.addFlashAttribute("pesanKode", "selaras.tersimpan");
        return "redirect:/cascading/iku/" + ikuId + "/keselarasan";
    }

    private String selesai(Long ikuId, RedirectAttributes redirect, Runnable aksi) {
        try {
            aksi.run();
            redirect.addFlashAttribute("pesanKode", "selaras.tersimpan");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("galat", messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/cascading/iku/" + ikuId + "/keselarasan";
    }
}
