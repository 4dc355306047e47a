package id.kinerja.pengguna.web;

import id.kinerja.akses.AksesService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here (and must, after an admin chose it). */
@Controller
@RequestMapping(AkunPasswordController.JALUR)
class AkunPasswordController {

    static final String JALUR = "/akun/password";

    private final PenggunaService pengguna;

    AkunPasswordController(PenggunaService pengguna) {
        this.pengguna = pengguna;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new GantiPasswordForm());
        return halaman(model);
    }

    @PostMapping
    String ganti(@Valid @ModelAttribute("form") GantiPasswordForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            HttpSession sesi = request.getSession(false);
            try {
                pengguna.gantiPasswordSendiri(form.getPasswordLama(), form.getPasswordBaru(), form.getKonfirmasi(),
                        request.getRemoteAddr(), sesi == null ? null : sesi.getId());
                if (sesi != null) {
                    request.changeSessionId(); // a new credential, a new session id
                }
                redirect.addFlashAttribute("pesanKode", "akun.password.diganti");
                return "redirect:" + JALUR;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        form.kosongkan();
        return halaman(model);
    }

    private String halaman(Model model) {
        var saya = AksesService.penggunaSaatIni();
        model.addAttribute("username", saya.getUsername());
        model.addAttribute("wajibGanti", pengguna.wajibGantiPassword(saya.getId()));
        return "akun/password";
    }
}
