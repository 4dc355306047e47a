package id.kinerja.realisasi.web;

import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.realisasi.BuktiRealisasi;
import id.kinerja.realisasi.HalamanRealisasiService;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.RealisasiService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Realisation pages: the start page with the inbox, and a unit's quarter entry page with live scores. */
@Controller
@RequestMapping("/realisasi")
class RealisasiController {

    private final HalamanRealisasiService halaman;
    private final RealisasiService realisasi;
    private final PerencanaanService perencanaan;
    private final MessageSource messages;
    private final BuktiRealisasi buktiRealisasi;

    RealisasiController(HalamanRealisasiService halaman, RealisasiService realisasi, PerencanaanService perencanaan,
            MessageSource messages, BuktiRealisasi buktiRealisasi) {
        this.buktiRealisasi = buktiRealisasi;
        this.halaman = halaman;
        this.realisasi = realisasi;
        this.perencanaan = perencanaan;
        this.messages = messages;
    }

    @GetMapping
    String beranda(@RequestParam(required = false) Integer tahun, Model model) {
        int th = tahun == null ? perencanaan.tahunBawaan() : tahun;
        model.addAttribute("beranda", halaman.beranda(th));
        return "realisasi/beranda";
    }

    /** A unit's realisation for a year: opens on the current quarter. */
    @GetMapping("/unit/{unitId}")
    String unit(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun) {
        realisasi.periksaLihat(unitId);
        int th = tahun == null ? perencanaan.tahunBawaan() : tahun;
        return "redirect:/realisasi/unit/" + unitId + "/" + th + "/" + realisasi.triwulanSekarang(th);
    }

    @GetMapping("/unit/{unitId}/{tahun}/{tw}")
    String isian(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw, Model model) {
        HalamanRealisasiService.HalamanIsian h = halaman.halaman(unitId, tahun, tw);
        IsianForm form = new IsianForm();
        for (HalamanRealisasiService.BarisIsian b : h.baris()) {
            IsianForm.BarisForm f = new IsianForm.BarisForm();
            f.setIkuId(b.ikuId());
            f.setPeriode(b.periode());
            f.setVersion(b.version());
            if (b.tersimpan() != null) {
                f.isiDari(b.tersimpan());
            }
            form.getBaris().add(f);
        }
        return tampil(h, form, model);
    }

    private String tampil(HalamanRealisasiService.HalamanIsian h, IsianForm form, Model model) {
        model.addAttribute("h", h);
        // evidence of the lower values the derived rows come from (read-only upstairs)
        model.addAttribute("buktiTurunan", buktiRealisasi.buktiTurunan(h.baris()));
        model.addAttribute("form", form);
        if (h.versiPk() != null) {
            model.addAttribute("skor", halaman.pratinjau(h.unit().id(), h.tahun(), h.triwulan(), form.toBaris()));
        }
        return "realisasi/isian";
    }

    /** htmx: the score panel (and each IKU's capaian cell, out of band) as the user types. */
    @PostMapping("/unit/{unitId}/{tahun}/{tw}/pratinjau")
    String pratinjau(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw,
            @ModelAttribute("form") IsianForm form, Model model) {
        model.addAttribute("skor", halaman.pratinjau(unitId, tahun, tw, form.toBaris()));
        model.addAttribute("pratinjau", true);
        return "realisasi/isian :: skor";
    }

    @PostMapping("/unit/{unitId}/{tahun}/{tw}")
    String simpan(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw,
            @ModelAttribute("form") IsianForm form, BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            int n = realisasi.simpanSemua(unitId, tahun, tw, form.toBaris());
            redirect.addFlashAttribute("pesan", text("realisasi.tersimpan", n));
            return "redirect:/realisasi/unit/" + unitId + "/" + tahun + "/" + tw;
        } catch (BusinessRuleException e) {
            FormErrors.tampilkan(binding, e);
            response.setStatus(400);
        } catch (OptimisticLockingFailureException e) {
            // input kept; rows take the current versions so that saving again overwrites knowingly
            HalamanRealisasiService.HalamanIsian kini = halaman.halaman(unitId, tahun, tw);
            for (int i = 0; i < form.getBaris().size() && i < kini.baris().size(); i++) {
                form.getBaris().get(i).setVersion(kini.baris().get(i).version());
            }
            model.addAttribute("galat", text("realisasi.konflik.versi"));
            response.setStatus(409);
        } catch (KonflikRealisasiException e) {
            model.addAttribute("galat", text(e.getMessageKey(), e.getArgs()));
            response.setStatus(409);
        }
        return tampil(halaman.halaman(unitId, tahun, tw), form, model);
    }

    @PostMapping("/unit/{unitId}/{tahun}/{tw}/ajukan")
    String ajukan(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw, @RequestParam long version,
            RedirectAttributes redirect) {
        return keputusan(unitId, tahun, tw, redirect, () -> realisasi.ajukan(unitId, tahun, tw, version));
    }

    @PostMapping("/unit/{unitId}/{tahun}/{tw}/setujui")
    String setujui(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw,
            @RequestParam long version, RedirectAttributes redirect) {
        return keputusan(unitId, tahun, tw, redirect, () -> realisasi.setujui(unitId, tahun, tw, version));
    }

    @PostMapping("/unit/{unitId}/{tahun}/{tw}/kembalikan")
    String kembalikan(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int tw,
            @RequestParam long version, @RequestParam(required = false) String catatan, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            realisasi.kembalikan(unitId, tahun, tw, version, catatan);
            return "redirect:/realisasi/unit/" + unitId + "/" + tahun + "/" + tw;
        } catch (BusinessRuleException e) {
            // the shared "at most n characters" does not name the field; this one does
            model.addAttribute("galatKembalikan", "realisasi.alasan.terlaluPanjang".equals(e.getMessageKey())
                    ? text("realisasi.kembalikan.catatanPanjang", e.getArgs()) : text(e.getMessageKey(), e.getArgs()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (KonflikRealisasiException e) {
            model.addAttribute("galatKembalikan", text(e.getMessageKey(), e.getArgs()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (OptimisticLockingFailureException e) {
            // the report moved on since the page was read: the note stays, the form carries the new version
            model.addAttribute("galatKembalikan", text("realisasi.kembalikan.konflik"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("catatanKembalikan", catatan);
        return isian(unitId, tahun, tw, model);
    }

    private String keputusan(Long unitId, int tahun, int tw, RedirectAttributes redirect, Runnable aksi) {
        try {
            aksi.run();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("galat", text(e.getMessageKey(), e.getArgs()));
        } catch (KonflikRealisasiException e) {
            redirect.addFlashAttribute("galat", text(e.getMessageKey(), e.getArgs()));
        }
        return "redirect:/realisasi/unit/" + unitId + "/" + tahun + "/" + tw;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
