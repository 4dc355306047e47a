package id.kinerja.kalkulator.web;

import id.kinerja.kalkulator.KalkulatorService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** "Simulasi Capaian": type or paste IKU rows and watch capaian, NSS, NCKO/NKO and predikat change. */
@Controller
class SimulasiController {

    private final KalkulatorService kalkulator;

    SimulasiController(KalkulatorService kalkulator) {
        this.kalkulator = kalkulator;
    }

    @ModelAttribute
    void pilihan(Model model) {
        model.addAttribute("polarisasiPilihan", Polarization.values());
        model.addAttribute("perspektifPilihan", Perspective.values());
        model.addAttribute("validitasPilihan", Validity.values());
        model.addAttribute("kendaliPilihan", Control.values());
        model.addAttribute("kualitasPilihan", QualityTier.values());
    }

    @GetMapping("/simulasi")
    String halaman(Model model) {
        return tampil(SimulasiForm.contoh(), model, "kalkulator/simulasi");
    }

    /** htmx: only the result panel is re-rendered as the user types. */
    @PostMapping("/simulasi/hitung")
    String hitung(@ModelAttribute("form") SimulasiForm form, Model model) {
        return tampil(form, model, "kalkulator/simulasi :: hasil");
    }

    @PostMapping(path = "/simulasi", params = "tambah")
    String tambahBaris(@ModelAttribute("form") SimulasiForm form, Model model) {
        form.tambahBaris();
        return tampil(form, model, "kalkulator/simulasi");
    }

    @PostMapping(path = "/simulasi", params = "muat")
    String muatTempelan(@ModelAttribute("form") SimulasiForm form, Model model) {
        form.muatTempelan();
        return tampil(form, model, "kalkulator/simulasi");
    }

    @PostMapping(path = "/simulasi", params = {"!tambah", "!muat"})
    String hitungPenuh(@ModelAttribute("form") SimulasiForm form, Model model) {
        return tampil(form, model, "kalkulator/simulasi");
    }

    private String tampil(SimulasiForm form, Model model, String view) {
        model.addAttribute("form", form);
        model.addAttribute("simulasi", kalkulator.simulasikan(form.getRulebook(), form.isMapOwner(), form.toMasukan()));
        return view;
    }
}
