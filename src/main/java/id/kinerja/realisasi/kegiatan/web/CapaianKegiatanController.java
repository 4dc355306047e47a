package id.kinerja.realisasi.kegiatan.web;

import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.web.BacaAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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
@RequestMapping("/realisasi/{unitId}/{tahun}/tw/{triwulan}/kegiatan")
class CapaianKegiatanController {

    private final CapaianKegiatanService service;
    private final MessageSource messages;

    CapaianKegiatanController(CapaianKegiatanService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    private static BigDecimal angka(BindingResult binding, String teks, BatasAngka batas, String field,
            String label) {
        try {
            return BacaAngka.atauTolak(teks, batas, field, label);
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            return null;
        }
    }

    @GetMapping
    String halaman(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/kegiatan";
    }

    @PostMapping
    String simpan(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @ModelAttribute("capaianForm") CapaianKegiatanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (form.getKegiatanId() == null) {
            throw new NotFoundException("Kegiatan", null);
        }
        BigDecimal progres = angka(binding, form.getProgres(), BatasAngka.NILAI, "progres", "label.progres");
        BigDecimal rupiah = angka(binding, form.getRealisasiAnggaran(), BatasAngka.RUPIAH, "realisasiAnggaran",
                "label.realisasiAnggaran");
        if (!binding.hasErrors()) {
            try {
                service.simpan(unitId, tahun, triwulan, new CapaianKegiatanService.Masukan(form.getKegiatanId(),
                        form.getVersion(), form.isSelesai(), progres, rupiah, form.getKeluaran(), form.getKendala()));
                redirect.addFlashAttribute("pesanKode", "capaianKegiatan.tersimpan");
                return "redirect:/realisasi/" + unitId + "/" + tahun + "/tw/" + triwulan + "/kegiatan#kegiatan-"
                        + form.getKegiatanId();
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            } catch (OptimisticLockingFailureException e) {
                // the typed values stay in the boxes; the re-read page carries the stored values and version
                binding.reject("capaianKegiatan.konflik");
                model.addAttribute("capaianKonflik", true);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("ditolak", IsianDitolak.dari(form.getKegiatanId(), binding, CapaianKegiatanForm.FIELDS,
                messages, LocaleContextHolder.getLocale()));
        model.addAttribute("data", service.halaman(unitId, tahun, triwulan));
        return "realisasi/kegiatan";
    }
}
