package id.kinerja.organisasi.web;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitService;
import id.kinerja.organisasi.UnitView;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.platform.web.FormGagal;
import id.kinerja.platform.web.Halaman;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UnitController {

    private final UnitService units;
    // a provider, so web-slice tests of this controller need no PDF renderer
    private final ObjectProvider<PdfRenderer> pdf;
    private final Clock clock;
    private final MessageSource messages;

    UnitController(UnitService units, ObjectProvider<PdfRenderer> pdf, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.clock = clock;
        this.units = units;
        this.pdf = pdf;
    }

    @ModelAttribute("jenisPilihan")
    JenisUnit[] jenisPilihan() {
        return JenisUnit.values();
    }

    @GetMapping("/unit")
    String pohon(@RequestParam(required = false) String q, @RequestParam(required = false) Integer halaman,
            @RequestParam(required = false) Integer ukuran, Model model) {
        Halaman<UnitView> hal = Halaman.dari(units.terlihat(), q,
                halaman, ukuran, u -> String.join(" ", u.nama(), u.kode(), String.valueOf(u.level()),
                        String.valueOf(u.organisasi()), String.valueOf(u.jabatanKepala())));
        model.addAttribute("hal", hal);
        model.addAttribute("units", hal.baris());
        return "organisasi/pohon";
    }

    @GetMapping("/unit/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("detail", units.detail(id));
        return "organisasi/detail";
    }

    @GetMapping("/unit/{id}/cetak")
    String cetak(@PathVariable Long id, Model model) {
        model.addAttribute("units", units.subtree(id));
        model.addAttribute("tanggal", Waktu.hariIni(clock));
        return "organisasi/cetak";
    }

    /** The same printout as {@link #cetak}, as a PDF download. */
    @GetMapping("/unit/{id}/cetak.pdf")
    ResponseEntity<byte[]> cetakPdf(@PathVariable Long id) {
        List<UnitView> subtree = units.subtree(id);
        byte[] dokumen = pdf.getObject().render("organisasi/cetak", Map.of("units", subtree, "tanggal", Waktu.hariIni(clock)));
        return PdfDownload.attachment(dokumen, "daftar-unit-" + subtree.get(0).kode() + ".pdf");
    }

    @GetMapping("/admin/unit/baru")
    String formBaru(@RequestParam(required = false) Long induk, Model model) {
        UnitForm form = new UnitForm();
        form.setIndukId(induk);
        model.addAttribute("form", form);
        model.addAttribute("indukPilihan", units.indukPilihan());
        return "organisasi/form";
    }

    @PostMapping("/admin/unit")
    String buat(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                UnitView unit = units.buat(form.toParameters());
                redirect.addFlashAttribute("pesanKode", "unit.tersimpan");
                return "redirect:/unit/" + unit.id();
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("indukPilihan", units.indukPilihan());
        return "organisasi/form";
    }

    @GetMapping("/admin/unit/{id}/ubah")
    String formUbah(@PathVariable Long id, Model model) {
        UnitService.FormUnit data = units.formUbah(id);
        model.addAttribute("form", UnitForm.from(data.unit()));
        model.addAttribute("unit", data.unit());
        model.addAttribute("indukPilihan", data.indukPilihan());
        return "organisasi/form";
    }

    @PostMapping("/admin/unit/{id}")
    String ubah(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean konflik = false;
        if (!binding.hasErrors()) {
            try {
                units.ubah(id, form.getVersion(), form.toParameters());
                redirect.addFlashAttribute("pesanKode", "unit.tersimpan");
                return "redirect:/unit/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (OptimisticLockingFailureException e) {
                konflik = true;
            }
        }
        response.setStatus(konflik ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        UnitService.FormUnit data = units.formUbah(id);
        if (konflik) {
            // the typed input stays; the form takes the stored version so that saving again overwrites knowingly
            UnitView kini = data.unit();
            binding.reject("unit.konflik", new Object[] {kini.kode(), kini.nama()}, "unit.konflik");
            form.setVersion(kini.version());
        }
        model.addAttribute("unit", data.unit());
        model.addAttribute("indukPilihan", data.indukPilihan());
        return "organisasi/form";
    }

    @PostMapping("/admin/unit/{id}/tutup")
    String tutup(@PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            units.tutup(id, version, tanggal);
        } catch (BusinessRuleException e) {
            // the unit page again (400) with the reason at the closing form and the chosen date kept
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("gagal", FormGagal.dari("tutup", e, messages,
                    tanggal == null ? Map.of() : Map.of("tanggal", tanggal.toString())));
            return detail(id, model);
        }
        redirect.addFlashAttribute("pesanKode", "unit.ditutup.pesan");
        return "redirect:/unit/" + id;
    }

    @PostMapping("/admin/unit/{id}/buka")
    String buka(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        units.buka(id, version);
        redirect.addFlashAttribute("pesanKode", "unit.dibuka");
        return "redirect:/unit/" + id;
    }
}
