package id.kinerja.kalkulator.web;

import id.kinerja.kalkulator.KalkulatorService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** "Simulasi Capaian": type or paste IKU rows and watch capaian, NSS, NCKO/NKO and predikat change. */
@Controller
class SimulasiController {

    private final KalkulatorService kalkulator;
    private final MessageSource messages;
    private final PengenalPilihan pengenal;

    SimulasiController(KalkulatorService kalkulator, MessageSource messages) {
        this.kalkulator = kalkulator;
        this.messages = messages;
        this.pengenal = new PengenalPilihan(messages);
    }

    /** e.g. {@code baris[300].code}: a clear message on the page instead of a 500. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView terlaluBanyakBaris(InvalidPropertyException e) {
        SimulasiForm form = SimulasiForm.contoh();
        ModelAndView mav = new ModelAndView("kalkulator/simulasi");
        mav.setStatus(HttpStatus.BAD_REQUEST);
        Model model = new ExtendedModelMap();
        pilihan(model);
        tampil(form, model, "kalkulator/simulasi");
        mav.addAllObjects(model.asMap());
        mav.addObject("pesanSimulasi", pesan("simulasi.baris.maks", SimulasiForm.MAKS_BARIS));
        return mav;
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
        if (!form.tambahBaris()) {
            model.addAttribute("pesanSimulasi", pesan("simulasi.baris.maks", SimulasiForm.MAKS_BARIS));
        }
        return tampil(form, model, "kalkulator/simulasi");
    }

    @PostMapping(path = "/simulasi", params = "muat")
    String muatTempelan(@ModelAttribute("form") SimulasiForm form, Model model) {
        if (!form.muatTempelan(pengenal)) {
            model.addAttribute("pesanSimulasi", pesan("simulasi.baris.maks", SimulasiForm.MAKS_BARIS));
        }
        return tampil(form, model, "kalkulator/simulasi");
    }

    @PostMapping(path = "/simulasi", params = {"!tambah", "!muat"})
    String hitungPenuh(@ModelAttribute("form") SimulasiForm form, Model model) {
        return tampil(form, model, "kalkulator/simulasi");
    }

    private String tampil(SimulasiForm form, Model model, String view) {
        model.addAttribute("form", form);
        KalkulatorService.Simulasi simulasi = kalkulator.simulasikan(form.getRulebook(), form.isMapOwner(),
                form.toMasukan());
        model.addAttribute("simulasi", simulasi);
        model.addAttribute("galatSimulasi", simulasi.galat().stream()
                .map(g -> new Galat(letak(g.field()), g.message())).toList());
        // the message also at its cell ("0.target"); the live (htmx) update re-renders the summary only
        Map<String, String> sel = new HashMap<>();
        for (var g : simulasi.galat()) {
            Matcher m = g.field() == null ? null : JALUR.matcher(g.field());
            if (m != null && m.matches() && m.group(2) != null && KOLOM_FORM.containsKey(m.group(2))) {
                sel.merge(Integer.parseInt(m.group(1)) + "." + KOLOM_FORM.get(m.group(2)),
                        letak(g.field()) + ": " + g.message(), (x, y) -> x);
            }
        }
        model.addAttribute("galatSel", sel);
        return view;
    }

    /** The engine's field (after indicators[i].) → the simulator grid's column. */
    private static final Map<String, String> KOLOM_FORM = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("sasaran", "sasaran"), Map.entry("perspective", "perspective"),
            Map.entry("polarization", "polarization"), Map.entry("target", "target"),
            Map.entry("targetRange", "targetLow"), Map.entry("targetRange.low", "targetLow"),
            Map.entry("targetRange.high", "targetHigh"), Map.entry("realization", "realization"),
            Map.entry("validity", "validity"), Map.entry("control", "control"), Map.entry("quality", "quality"));

    /** A problem as the page says it: where in words ("Baris 2, Realisasi") and why. */
    record Galat(String letak, String pesan) {
    }

    private static final Pattern JALUR = Pattern.compile("indicators\\[(\\d{1,4})](?:\\.(.+))?");
    private static final Map<String, String> KOLOM = Map.ofEntries(Map.entry("code", "simulasi.kode"),
            Map.entry("sasaran", "simulasi.sasaran"), Map.entry("perspective", "simulasi.perspektif"),
            Map.entry("polarization", "simulasi.polarisasi"), Map.entry("target", "simulasi.target"),
            Map.entry("targetRange", "simulasi.targetBawah"), Map.entry("targetRange.low", "simulasi.targetBawah"),
            Map.entry("targetRange.high", "simulasi.targetAtas"), Map.entry("realization", "simulasi.realisasi"),
            Map.entry("validity", "simulasi.validitas"), Map.entry("control", "simulasi.kendali"),
            Map.entry("quality", "simulasi.kualitas"), Map.entry("maxTarget", "simulasi.maks"));

    private String letak(String field) {
        if (field == null || field.isBlank() || "indicators".equals(field)) {
            return "";
        }
        if ("rulebook".equals(field)) {
            return pesan("simulasi.rulebook");
        }
        Matcher m = JALUR.matcher(field);
        if (!m.matches()) {
            return field;
        }
        int baris = Integer.parseInt(m.group(1)) + 1;
        String kolom = m.group(2) == null ? null : KOLOM.get(m.group(2));
        return kolom == null ? pesan("simulasi.galat.baris", baris)
                : pesan("simulasi.galat.letak", baris, pesan(kolom));
    }

    private String pesan(String kode, Object... args) {
        return messages.getMessage(kode, args, kode, LocaleContextHolder.getLocale());
    }
}
