package id.kinerja.kalender.web;

import id.kinerja.kalender.NotifikasiService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's deadline reminders. */
@Controller
class NotifikasiController {

    private final NotifikasiService notifikasi;

    NotifikasiController(NotifikasiService notifikasi) {
        this.notifikasi = notifikasi;
    }

    @GetMapping("/notifikasi")
    String daftar(Model model) {
        model.addAttribute("daftar", notifikasi.daftar());
        return "kalender/notifikasi";
    }

    @PostMapping("/notifikasi/{notifikasiId}/baca")
    String baca(@PathVariable long notifikasiId) {
        notifikasi.tandaiDibaca(notifikasiId);
        return "redirect:/notifikasi";
    }

    @PostMapping("/notifikasi/baca-semua")
    String bacaSemua() {
        notifikasi.tandaiSemuaDibaca();
        return "redirect:/notifikasi";
    }
}
