package id.kinerja.kalender.web;

import id.kinerja.kalender.HariLiburService;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public holidays of a year: read by everyone signed in, entered and removed by the super admin. */
@Controller
class HariLiburController {

    private final HariLiburService libur;
    private final TahunBerjalan tahunBerjalan;

    HariLiburController(HariLiburService libur, TahunBerjalan tahunBerjalan) {
        this.libur = libur;
        this.tahunBerjalan = tahunBerjalan;
    }

    @GetMapping("/kalender/libur")
    String daftar(@RequestParam(name = "tahun", required = false) Integer tahun, Model model) {
        int th = tahun == null ? tahunBerjalan.tahunKalender() : tahun;
        return halaman(th, HariLiburForm.baru(th), model);
    }

    @PostMapping("/kalender/libur")
    String tambah(@ModelAttribute("form") HariLiburForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        int th = form.getTanggal() == null ? tahunBerjalan.tahunKalender() : form.getTanggal().getYear();
        if (!binding.hasErrors()) {
            try {
                libur.tambah(form.toParameters());
                redirect.addFlashAttribute("pesan", "kalender.libur.ditambah");
                return "redirect:/kalender/libur?tahun=" + th;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        return halaman(th < HariLiburService.TAHUN_MIN || th > HariLiburService.TAHUN_MAKS
                ? tahunBerjalan.tahunKalender() : th, form, model);
    }

    @PostMapping("/kalender/libur/{tanggal}/hapus")
    String hapus(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            RedirectAttributes redirect) {
        libur.hapus(tanggal);
        redirect.addFlashAttribute("pesan", "kalender.libur.dihapus");
        return "redirect:/kalender/libur?tahun=" + tanggal.getYear();
    }

    private String halaman(int th, HariLiburForm form, Model model) {
        model.addAttribute("tahun", th);
        model.addAttribute("daftar", libur.tahun(th));
        model.addAttribute("bolehUbah", libur.bolehUbah());
        model.addAttribute("semuaJenis", HariLiburService.JenisLibur.values());
        model.addAttribute("form", form);
        return "kalender/libur";
    }
}
