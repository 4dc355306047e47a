package id.kinerja.beranda.web;

import id.kinerja.pengguna.PenggunaService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: who you are and where you may work. */
@Controller
class BerandaController {

    private final PenggunaService pengguna;

    BerandaController(PenggunaService pengguna) {
        this.pengguna = pengguna;
    }

    @GetMapping("/")
    String beranda(Model model) {
        model.addAttribute("beranda", pengguna.profilSaya());
        return "beranda/beranda";
    }
}
