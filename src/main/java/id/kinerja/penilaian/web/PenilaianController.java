package id.kinerja.penilaian.web;

import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.penilaian.KeberatanService;
import id.kinerja.penilaian.KeberatanService.KeberatanTampil;
import id.kinerja.penilaian.PenilaianService;
import id.kinerja.penilaian.PenilaianService.Penilaian;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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

/** NP entry, the supervisor review and the Matriks Capaian Kinerja Pegawai (screen, print, PDF). */
@Controller
@RequestMapping("/penilaian")
class PenilaianController {

    private final PenilaianService penilaian;
    private final KeberatanService keberatan;
    private final TahunBerjalan tahunBerjalan;
    private final ObjectProvider<PdfRenderer> pdf;

    PenilaianController(PenilaianService penilaian, KeberatanService keberatan, TahunBerjalan tahunBerjalan,
            ObjectProvider<PdfRenderer> pdf) {
        this.penilaian = penilaian;
        this.keberatan = keberatan;
        this.tahunBerjalan = tahunBerjalan;
        this.pdf = pdf;
    }

    @GetMapping
    String daftar(@RequestParam(required = false) Integer tahun, Model model) {
        int th = tahun == null ? tahunBerjalan.tahunBawaan() : tahun;
        model.addAttribute("tahun", th);
        model.addAttribute("baris", penilaian.daftar(th));
        return "penilaian/daftar";
    }

    @GetMapping("/{unitId}/{tahun}")
    String lihat(@PathVariable Long unitId, @PathVariable int tahun, Model model) {
        Penilaian p = penilaian.penilaian(unitId, tahun);
        model.addAttribute("p", p);
        for (int s = 1; s <= 2; s++) {
            if (!model.containsAttribute("np" + s)) {
                NpForm f = new NpForm();
                var np = p.np().get(s - 1);
                f.setNilai(np.nilai());
                f.setCatatan(np.catatan());
                f.setVersion(np.version());
                model.addAttribute("np" + s, f);
            }
        }
        if (!model.containsAttribute("reviuForm")) {
            ReviuForm f = new ReviuForm();
            if (p.reviu() != null) {
                f.setKeputusan(p.reviu().keputusan());
                f.setNckpFinal(p.reviu().nckpFinal().setScale(2, java.math.RoundingMode.HALF_UP));
                f.setAlasan(p.reviu().alasan());
                f.setVersion(p.reviu().version());
            }
            model.addAttribute("reviuForm", f);
        }
        KeberatanTampil k = keberatan.tampil(p);
        model.addAttribute("keberatan", k);
        if (!model.containsAttribute("keberatanForm")) {
            KeberatanForm f = new KeberatanForm();
            if (k.keberatan() != null) {
                f.setVersion(k.keberatan().version());
            }
            model.addAttribute("keberatanForm", f);
        }
        return "penilaian/penilaian";
    }

    @PostMapping("/{unitId}/{tahun}/keberatan")
    String ajukanKeberatan(@PathVariable Long unitId, @PathVariable int tahun,
            @Valid @ModelAttribute("keberatanForm") KeberatanForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return langkahKeberatan(unitId, tahun, form, hasil, model, response, redirect, "penilaian.keberatan.terkirim",
                () -> keberatan.ajukan(unitId, tahun, form.isAtasNp(), form.isAtasNckp(), form.isAtasNckpFinal(),
                        form.getAlasan(), form.getVersion()));
    }

    @PostMapping("/{unitId}/{tahun}/keberatan/tanggapan")
    String tanggapiKeberatan(@PathVariable Long unitId, @PathVariable int tahun,
            @Valid @ModelAttribute("keberatanForm") KeberatanForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return langkahKeberatan(unitId, tahun, form, hasil, model, response, redirect,
                "penilaian.keberatan.ditanggapi",
                () -> keberatan.tanggapi(unitId, tahun, form.getTerima(), form.getAlasan(), form.getVersion()));
    }

    @PostMapping("/{unitId}/{tahun}/keberatan/keputusan")
    String putuskanKeberatan(@PathVariable Long unitId, @PathVariable int tahun,
            @Valid @ModelAttribute("keberatanForm") KeberatanForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return langkahKeberatan(unitId, tahun, form, hasil, model, response, redirect, "penilaian.keberatan.diputus",
                () -> keberatan.putuskan(unitId, tahun, form.getTerima(), form.isPenilaianUlang(), form.getAlasan(),
                        form.getVersion()));
    }

    /** One objection step: 400 with the field named, 409 on a stale form, the typed input kept either way. */
    private String langkahKeberatan(Long unitId, int tahun, KeberatanForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String pesan, Runnable langkah) {
        if (!hasil.hasErrors()) {
            try {
                langkah.run();
                redirect.addFlashAttribute("pesanKode", pesan);
                return "redirect:/penilaian/" + unitId + "/" + tahun;
            } catch (BusinessRuleException e) {
                // the written statement has one field on the form whatever the step calls it
                e.semuaPelanggaran().forEach(x -> hasil.rejectValue(switch (x.getField()) {
                    case "tanggapan", "keputusan" -> "alasan";
                    default -> x.getField();
                }, x.getMessageKey(), x.getArgs(), x.getMessageKey()));
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("konflik", true);
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return lihat(unitId, tahun, model);
    }

    @PostMapping("/{unitId}/{tahun}/np/{semester}")
    String simpanNp(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int semester,
            @Valid @ModelAttribute("npForm") NpForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (semester != 1 && semester != 2) {
            throw new id.kinerja.platform.galat.NotFoundException("Semester", semester);
        }
        if (!hasil.hasErrors()) {
            try {
                penilaian.simpanNp(unitId, tahun, semester, form.getNilai(), form.getCatatan(), form.getVersion());
                redirect.addFlashAttribute("pesanKode", "penilaian.np.tersimpan");
                return "redirect:/penilaian/" + unitId + "/" + tahun;
            } catch (BusinessRuleException e) {
                e.semuaPelanggaran().forEach(x -> hasil.rejectValue(x.getField().equals("semester") ? "nilai"
                        : x.getField(), x.getMessageKey(), x.getArgs(), x.getMessageKey()));
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("konflik", true);
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("np" + semester, form);
        model.addAttribute("org.springframework.validation.BindingResult.np" + semester, hasil);
        return lihat(unitId, tahun, model);
    }

    @PostMapping("/{unitId}/{tahun}/reviu")
    String simpanReviu(@PathVariable Long unitId, @PathVariable int tahun,
            @Valid @ModelAttribute("reviuForm") ReviuForm form, BindingResult hasil, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!hasil.hasErrors()) {
            try {
                penilaian.simpanReviu(unitId, tahun, form.getKeputusan(), form.getNckpFinal(), form.getAlasan(),
                        form.getVersion());
                redirect.addFlashAttribute("pesanKode", "penilaian.reviu.tersimpan");
                return "redirect:/penilaian/" + unitId + "/" + tahun;
            } catch (BusinessRuleException e) {
                e.semuaPelanggaran().forEach(x -> hasil.rejectValue(x.getField(), x.getMessageKey(), x.getArgs(),
                        x.getMessageKey()));
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("konflik", true);
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return lihat(unitId, tahun, model);
    }

    @GetMapping("/{unitId}/{tahun}/cetak")
    String cetak(@PathVariable Long unitId, @PathVariable int tahun, Model model) {
        model.addAttribute("p", penilaian.penilaian(unitId, tahun));
        return "penilaian/cetak";
    }

    @GetMapping("/{unitId}/{tahun}/cetak.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long unitId, @PathVariable int tahun) {
        Penilaian p = penilaian.penilaian(unitId, tahun);
        return PdfDownload.attachment(pdf.getObject().render("penilaian/cetak", Map.of("p", p)),
                "matriks-ckp-" + p.unit().kode().replaceAll("[^A-Za-z0-9-]", "") + "-" + tahun + ".pdf");
    }
}
