package id.kinerja.laporan.web;

import id.kinerja.laporan.ArsipService;
import id.kinerja.laporan.LkjService;
import id.kinerja.laporan.LaporanIndeks;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** LKj pages and files at their stable URLs; the document archive. */
@Controller
class LkjController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final LkjService lkj;
    private final ArsipService arsip;
    private final LaporanIndeks indeks;
    private final MessageSource pesan;
    private final id.kinerja.laporan.ReviuLkjService reviu;

    LkjController(LkjService lkj, ArsipService arsip, LaporanIndeks indeks, MessageSource pesan,
            id.kinerja.laporan.ReviuLkjService reviu) {
        this.reviu = reviu;
        this.lkj = lkj;
        this.arsip = arsip;
        this.indeks = indeks;
        this.pesan = pesan;
    }

    @GetMapping("/laporan")
    String indeks(Model model) {
        model.addAttribute("data", indeks.daftar());
        return "laporan/indeks";
    }

    @GetMapping("/laporan/unit/{unitId}")
    String unit(@PathVariable Long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
            Model model) {
        model.addAttribute("data", indeks.unit(unitId, tahun));
        return "laporan/unit";
    }

    @GetMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}")
    String halaman(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode, Model model) {
        model.addAttribute("data", lkj.halaman(unitKode, tahun, periode));
        model.addAttribute("reviu", reviu.tampilan(unitKode, tahun, periode));
        return "laporan/lkj";
    }

    @GetMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode) {
        return unduh(lkj.berkas(unitKode, tahun, periode, LkjService.Format.PDF), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode) {
        return unduh(lkj.berkas(unitKode, tahun, periode, LkjService.Format.DOCX), MediaType.parseMediaType(DOCX));
    }

    private static ResponseEntity<byte[]> unduh(LkjService.Berkas b, MediaType jenis) {
        ResponseEntity.BodyBuilder r = ResponseEntity.ok().contentType(jenis)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(b.nama(), StandardCharsets.UTF_8).build().toString());
        if (b.sha256() != null) {
            r.header("X-Kinerja-SHA256", b.sha256());
        }
        return r.body(b.isi());
    }

    @PostMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}/bagian")
    String simpan(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode,
            @ModelAttribute BagianForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            lkj.simpanBagian(unitKode, tahun, periode, form.getKunci(), form.getTeks(), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            // the user's text is kept: the page shows the current text and theirs next to it
            model.addAttribute("data", lkj.halaman(unitKode, tahun, periode));
            model.addAttribute("konflik", form);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "laporan/lkj";
        } catch (BusinessRuleException e) {
            if (!"teks".equals(e.getField())) {
                throw e;
            }
            model.addAttribute("data", lkj.halaman(unitKode, tahun, periode));
            model.addAttribute("ditolak", form);
            model.addAttribute("pesanDitolak", pesan.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "laporan/lkj";
        }
        flash.addFlashAttribute("berhasil", "lkj.tersimpan");
        return "redirect:/laporan/lkj/" + unitKode + "/" + tahun + "/" + periode + "#" + jangkar(form.getKunci());
    }

    private static String jangkar(String kunci) {
        return kunci == null ? "" : "b-" + kunci.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    @PostMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}/ajukan")
    String ajukan(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes flash) {
        lkj.ajukan(unitKode, tahun, periode, version);
        flash.addFlashAttribute("berhasil", "lkj.diajukan");
        return "redirect:/laporan/lkj/" + unitKode + "/" + tahun + "/" + periode;
    }

    @PostMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}/kembalikan")
    String kembalikan(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes flash) {
        lkj.kembalikan(unitKode, tahun, periode, version);
        flash.addFlashAttribute("berhasil", "lkj.dikembalikan");
        return "redirect:/laporan/lkj/" + unitKode + "/" + tahun + "/" + periode;
    }

    @PostMapping("/laporan/lkj/{unitKode}/{tahun}/{periode:TW[1-3]|TAHUN}/tandatangani")
    String tandatangani(@PathVariable String unitKode, @PathVariable int tahun, @PathVariable String periode,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes flash) {
        lkj.tandatangani(unitKode, tahun, periode, version);
        flash.addFlashAttribute("berhasil", "lkj.ditandatangani");
        return "redirect:/laporan/lkj/" + unitKode + "/" + tahun + "/" + periode;
    }

    @GetMapping("/laporan/arsip/{unitId}/{tahun}")
    String arsip(@PathVariable Long unitId, @PathVariable int tahun, Model model) {
        model.addAttribute("data", arsip.daftar(unitId, tahun));
        return "laporan/arsip";
    }
}
