package id.kinerja.validasi.web;

import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.realisasi.HalamanRealisasiService;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.cetak.CetakRealisasiService;
import id.kinerja.validasi.ValidasiService;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
            @PathVariable Long realisasiId, @ModelAttribute VerdikForm form, RedirectAttributes redirect) {
        return jalankan(unitId, tahun, triwulan, redirect, "validasi.tersimpan", () -> validasi.nilai(unitId, tahun,
                triwulan, realisasiId, form.getStatus(), form.getCatatan(), form.getVersion()));
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/nilai/{realisasiId}/koreksi")
    String koreksi(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @PathVariable Long realisasiId, @ModelAttribute KoreksiForm form, RedirectAttributes redirect) {
        return jalankan(unitId, tahun, triwulan, redirect, "validasi.koreksi.tersimpan", () -> validasi.koreksi(unitId,
                tahun, triwulan, realisasiId, form.masukan(), form.getAlasanKoreksi(), form.getVersion()));
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/kunci")
    String kunci(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @RequestParam(required = false) String tempat, RedirectAttributes redirect) {
        return jalankan(unitId, tahun, triwulan, redirect, "validasi.kunci.berhasil",
                () -> validasi.kunci(unitId, tahun, triwulan, tempat));
    }

    @PostMapping("/{unitId}/{tahun}/tw/{triwulan}/buka")
    String buka(@PathVariable Long unitId, @PathVariable int tahun, @PathVariable int triwulan,
            @RequestParam(required = false) String alasan, RedirectAttributes redirect) {
        return jalankan(unitId, tahun, triwulan, redirect, "validasi.buka.berhasil",
                () -> validasi.buka(unitId, tahun, triwulan, alasan));
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

    private String jalankan(Long unitId, int tahun, int triwulan, RedirectAttributes redirect, String berhasil,
            Runnable aksi) {
        try {
            aksi.run();
            redirect.addFlashAttribute("pesan", text(berhasil));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("galat", e.semuaPelanggaran().stream()
                    .map(x -> text(x.getMessageKey(), x.getArgs())).distinct().collect(Collectors.joining(" ")));
        } catch (KonflikRealisasiException e) {
            redirect.addFlashAttribute("galat", text(e.getMessageKey(), e.getArgs()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", text("validasi.konflik.versi"));
        }
        return "redirect:/validasi/" + unitId + "/" + tahun + "/tw/" + triwulan;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
