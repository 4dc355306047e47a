package id.kinerja.pengguna.web;

import id.kinerja.akses.Peran;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.PenggunaView;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.platform.web.FormGagal;
import id.kinerja.platform.web.Halaman;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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

@Controller
@RequestMapping("/admin/pengguna")
class PenggunaController {

    private final PenggunaService pengguna;
    private final UnitService units;
    private final MessageSource messages;

    PenggunaController(PenggunaService pengguna, UnitService units, MessageSource messages) {
        this.pengguna = pengguna;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("peranPilihan")
    Peran[] peranPilihan() {
        return pengguna.peranBolehDiberikan().toArray(Peran[]::new);
    }

    @GetMapping
    String daftar(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer halaman, @RequestParam(required = false) Integer ukuran,
            Model model) {
        Halaman<PenggunaView> hal = Halaman.dari(
                pengguna.daftar(unit), q, halaman, ukuran, p -> String.join(" ", String.valueOf(p.nama()),
                        p.username(), String.valueOf(p.nip()), String.valueOf(p.jabatan()),
                        p.penugasan().stream().map(t -> t.unit()).collect(Collectors.joining(" "))));
        model.addAttribute("hal", hal);
        model.addAttribute("daftar", hal.baris());
        model.addAttribute("unitFilter", unit);
        return "pengguna/daftar";
    }

    @GetMapping("/baru")
    String formBaru(@RequestParam(required = false) Long unit, Model model) {
        PenggunaForm form = new PenggunaForm();
        form.setUnitId(unit);
        model.addAttribute("form", form);
        model.addAttribute("unitPilihan", units.indukPilihan());
        return "pengguna/form";
    }

    @PostMapping
    String buat(@Valid @ModelAttribute("form") PenggunaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                PenggunaView baru = pengguna.buat(form.toParameters());
                redirect.addFlashAttribute("pesanKode", "pengguna.tersimpan");
                return "redirect:/admin/pengguna/" + baru.id();
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("unitPilihan", units.indukPilihan());
        return "pengguna/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        PenggunaView v = pengguna.lihat(id);
        model.addAttribute("pengguna", v);
        model.addAttribute("form", PenggunaForm.from(v));
        model.addAttribute("unitPilihan", units.indukPilihan());
        return "pengguna/detail";
    }

    @PostMapping("/{id}")
    String ubah(@PathVariable Long id, @Valid @ModelAttribute("form") PenggunaForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean konflik = false;
        if (!binding.hasErrors()) {
            try {
                pengguna.ubah(id, form.getVersion(), form.toParameters());
                redirect.addFlashAttribute("pesanKode", "pengguna.tersimpan");
                return "redirect:/admin/pengguna/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (OptimisticLockingFailureException e) {
                konflik = true;
            }
        }
        response.setStatus(konflik ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        PenggunaView kini = pengguna.lihat(id);
        if (konflik) {
            // the typed input stays; the form takes the stored version so that saving again overwrites knowingly
            binding.reject("pengguna.konflik", new Object[] {kini.nama(), kini.jabatan() == null ? "-" : kini.jabatan(),
                    kini.email() == null ? "-" : kini.email()}, "pengguna.konflik");
            form.setVersion(kini.version());
        }
        model.addAttribute("pengguna", kini);
        model.addAttribute("unitPilihan", units.indukPilihan());
        return "pengguna/detail";
    }

    @PostMapping("/{id}/penugasan")
    String tambahPenugasan(@PathVariable Long id, @RequestParam Long unitId, @RequestParam Peran peran,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            pengguna.tambahPenugasan(id, unitId, peran);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return detailDenganGalat(id, FormGagal.dari("penugasan", e, messages, semua), model);
        }
        redirect.addFlashAttribute("pesanKode", "pengguna.penugasan.ditambah");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/penugasan/{penugasanId}/hapus")
    String hapusPenugasan(@PathVariable Long id, @PathVariable Long penugasanId, RedirectAttributes redirect) {
        pengguna.hapusPenugasan(id, penugasanId);
        redirect.addFlashAttribute("pesanKode", "pengguna.penugasan.dihapus");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/password")
    String gantiPassword(@PathVariable Long id, @RequestParam String password, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            pengguna.gantiPassword(id, password);
        } catch (BusinessRuleException e) {
            // a refused password is never echoed back into the page: the message only
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return detailDenganGalat(id, FormGagal.dari("password", e, messages, Map.of()), model);
        }
        redirect.addFlashAttribute("pesanKode", "pengguna.password.diganti");
        return "redirect:/admin/pengguna/" + id;
    }

    /** The account page again with a refused small form's message at its field and its input kept. */
    private String detailDenganGalat(Long id, FormGagal gagal, Model model) {
        detail(id, model);
        model.addAttribute("gagal", gagal);
        return "pengguna/detail";
    }
}
