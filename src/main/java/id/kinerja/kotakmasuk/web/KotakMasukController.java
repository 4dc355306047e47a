package id.kinerja.kotakmasuk.web;

import id.kinerja.kotakmasuk.KotakMasukService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Kotak masuk": everything that waits for the signed-in user, across modules. */
@Controller
class KotakMasukController {

    private final KotakMasukService kotakMasuk;

    KotakMasukController(KotakMasukService kotakMasuk) {
        this.kotakMasuk = kotakMasuk;
    }

    @GetMapping("/kotak-masuk")
    String halaman(Model model) {
        model.addAttribute("butir", kotakMasuk.butir());
        return "kotakmasuk/kotak-masuk";
    }
}
