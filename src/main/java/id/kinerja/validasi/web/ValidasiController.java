package id.kinerja.validasi.web;

import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.realisasi.HalamanRealisasiService;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.cetak.CetakRealisasiService;
import id.kinerja.validasi.ValidasiService;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The validation forum pages: the unit's quarter, verdicts, lock / re-open, Tabel 7 and berita acara prints. */
@Controller
@RequestMapping("/validasi")
class ValidasiController {

    private final ValidasiService validasi;
    private final HalamanRealisasiService halamanRealisasi;
    private final CetakRealisasiService cetak;
    private final ObjectProvider<PdfRenderer> pdf;
    private final TahunBerjalan tahunBerjalan;
    private final MessageSource messages;

    ValidasiController(ValidasiService validasi, HalamanRealisasiService halamanRealisasi, CetakRealisasiService cetak,
            ObjectProvider<PdfRenderer> pdf, TahunBerjalan tahunBerjalan, MessageSource messages) {
        this.validasi = validasi;
        this.halamanRealisasi = halamanRealisasi;
        this.cetak = cetak;
        this.pdf = pdf;
        this.tahunBerjalan = tahunBerjalan;
        this.messages = messages;
    }

    /** The units and quarters within the user's reach (the realisation start page's list). */
    @GetMapping
    String indeks(@RequestParam(required = false) Integer tahun, Model model) {
        int th = tahun == null ? tahunBerjalan.tahunBawaan() : tahun;
        model.addAttribute("beranda", halamanRealisasi.beranda(th));
        return "validasi/indeks";
    }

    @GetMapping("/{unitId}/{tahun}/tw/{triwulan}")
    String forum(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        model.addAttribute("f", validasi.forum(unitId, tahun, triwulan));
        return "validasi/forum";
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/nilai/{realisasiId}")
    String nilai(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long realisasiId, @ModelAttribute("verdik") VerdikForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors() && berhasil(binding, response, () -> validasi.nilai(unitId, tahun, triwulan,
                realisasiId, form.getStatus(), form.getCatatan(), form.getVersion()))) {
            redirect.addFlashAttribute("pesan", text("validasi.tersimpan"));
            return forumUlang(unitId, tahun, triwulan);
        }
        model.addAttribute("verdikDitolak", IsianDitolak.dari(realisasiId, binding, VERDIK, messages,
                LocaleContextHolder.getLocale()));
        return forumDitolak(unitId, tahun, triwulan, response, model);
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/nilai/{realisasiId}/koreksi")
    String koreksi(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long realisasiId, @ModelAttribute("koreksi") KoreksiForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors() && berhasil(binding, response, () -> validasi.koreksi(unitId, tahun, triwulan,
                realisasiId, form.masukan(), form.getAlasanKoreksi(), form.getVersion()))) {
            redirect.addFlashAttribute("pesan", text("validasi.koreksi.tersimpan"));
            return forumUlang(unitId, tahun, triwulan);
        }
        model.addAttribute("koreksiDitolak", IsianDitolak.dari(realisasiId, binding, KOREKSI, messages,
                LocaleContextHolder.getLocale()));
        return forumDitolak(unitId, tahun, triwulan, response, model);
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/kunci")
    String kunci(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @ModelAttribute("kunci") KunciForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (berhasil(binding, response, () -> validasi.kunci(unitId, tahun, triwulan, form.getTempat()))) {
            redirect.addFlashAttribute("pesan", text("validasi.kunci.berhasil"));
            return forumUlang(unitId, tahun, triwulan);
        }
        model.addAttribute("kunciDitolak", IsianDitolak.dari("kunci", binding, List.of("tempat"), messages,
                LocaleContextHolder.getLocale()));
        return forumDitolak(unitId, tahun, triwulan, response, model);
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/buka")
    String buka(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @ModelAttribute("buka") BukaForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (berhasil(binding, response, () -> validasi.buka(unitId, tahun, triwulan, form.getAlasan()))) {
            redirect.addFlashAttribute("pesan", text("validasi.buka.berhasil"));
            return forumUlang(unitId, tahun, triwulan);
        }
        model.addAttribute("bukaDitolak", IsianDitolak.dari("buka", binding, List.of("alasan"), messages,
                LocaleContextHolder.getLocale()));
        return forumDitolak(unitId, tahun, triwulan, response, model);
    }

    /** Matriks Validasi (Marves Tabel 7): Tabel 6 with the validators' notes. */
    @GetMapping("/{unitId}/{tahun}/tw/{triwulan}/matriks")
    String matriks(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        model.addAllAttributes(modelMatriks(unitId, tahun, triwulan));
        return "validasi/cetak-matriks";
    }

    @GetMapping("/{unitId}/{tahun}/tw/{triwulan}/matriks.pdf")
    ResponseEntity<byte[]> matriksPdf(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan) {
        Map<String, Object> m = modelMatriks(unitId, tahun, triwulan);
        CetakRealisasiService.Dokumen d = (CetakRealisasiService.Dokumen) m.get("data");
        return PdfDownload.attachment(pdf.getObject().render("validasi/cetak-matriks", m),
                "matriks-validasi-" + d.unitKode() + "-" + tahun + "-TW" + triwulan + ".pdf");
    }

    private Map<String, Object> modelMatriks(Long unitId, int tahun, int triwulan) {
        var catatan = validasi.catatanValidator(unitId, tahun, triwulan);
        return Map.of("data", cetak.dokumen(unitId, tahun, triwulan), "catatan", catatan);
    }

    @GetMapping("/{unitId}/{tahun}/tw/{triwulan}/berita-acara")
    String beritaAcara(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan, Model model) {
        model.addAttribute("ba", validasi.beritaAcara(unitId, tahun, triwulan));
        return "validasi/berita-acara";
    }

    @GetMapping("/{unitId}/{tahun}/tw/{triwulan}/berita-acara.pdf")
    ResponseEntity<byte[]> beritaAcaraPdf(@PathVariable Long unitId, @PathVariable int tahun,
            @PathVariable int triwulan) {
        return pdfBa(validasi.beritaAcara(unitId, tahun, triwulan));
    }

    /** One berita acara of the history (an earlier lock, re-opened since). */
    @GetMapping("/{unitId}/berita-acara/{beritaAcaraId}")
    String beritaAcaraLama(@PathVariable Long unitId, @PathVariable Long beritaAcaraId, Model model) {
        model.addAttribute("ba", validasi.beritaAcaraNomor(unitId, beritaAcaraId));
        return "validasi/berita-acara";
    }

    @GetMapping("/{unitId}/berita-acara/{beritaAcaraId}.pdf")
    ResponseEntity<byte[]> beritaAcaraLamaPdf(@PathVariable Long unitId, @PathVariable Long beritaAcaraId) {
        return pdfBa(validasi.beritaAcaraNomor(unitId, beritaAcaraId));
    }

    private ResponseEntity<byte[]> pdfBa(ValidasiService.BeritaAcaraView ba) {
        return PdfDownload.attachment(pdf.getObject().render("validasi/berita-acara", Map.of("ba", ba)),
                ba.nomor().replace('/', '-') + ".pdf");
    }

    private static final List<String> VERDIK = List.of("catatan");
    private static final List<String> KOREKSI = List.of("nilai", "pembilang", "penyebut", "label", "alasanKoreksi");

    /**
     * Runs one step; a refusal goes to its field (400), a stale version or a locked quarter to the
     * form as a whole (409). The caller shows the forum again with what was typed.
     */
    private boolean berhasil(BindingResult binding, HttpServletResponse response, Runnable aksi) {
        try {
            aksi.run();
            return true;
        } catch (BusinessRuleException e) {
            IsianDitolak.tolak(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (KonflikRealisasiException e) {
            binding.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("validasi.konflik.versi");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return false;
    }

    private String forumDitolak(Long unitId, int tahun, int triwulan, HttpServletResponse response, Model model) {
        if (response.getStatus() < 400) {
            // a value that could not be bound (an unknown verdict) is the user's input at fault
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return forum(unitId, tahun, triwulan, model);
    }

    private static String forumUlang(Long unitId, int tahun, int triwulan) {
        return "redirect:/validasi/" + unitId + "/" + tahun + "/tw/" + triwulan;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
