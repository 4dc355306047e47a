package id.kinerja.perencanaan.web;

import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.web.AngkaFormatter;
import id.kinerja.platform.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/perencanaan/pk/{pkId}/rencana-aksi")
class RencanaAksiController {

    private final RencanaAksiService renaksi;
    private final ObjectProvider<PdfRenderer> pdf;
    private final org.springframework.context.MessageSource messages;
    private final id.kinerja.perencanaan.PenandatanganService penandatangan;

    RencanaAksiController(RencanaAksiService renaksi, ObjectProvider<PdfRenderer> pdf,
            org.springframework.context.MessageSource messages,
            id.kinerja.perencanaan.PenandatanganService penandatangan) {
        this.penandatangan = penandatangan;
        this.renaksi = renaksi;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The page again with the refused form's messages at its fields and the input kept. */
    private String halamanDenganGalat(Long pkId, id.kinerja.platform.web.FormGagal gagal, Model model) {
        model.addAttribute("data", renaksi.halaman(pkId));
        model.addAttribute("gagal", gagal);
        return "perencanaan/rencana-aksi";
    }

    private String teks(String kode, Object... args) {
        return messages.getMessage(kode, args, kode, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private id.kinerja.platform.web.Konfirmasi hapusKonfirmasi(Long pkId, String jenis, Long id,
            RencanaAksiService.Butir b) {
        String dasar = "/perencanaan/pk/" + pkId + "/rencana-aksi";
        return new id.kinerja.platform.web.Konfirmasi(teks("renaksi.hapus.judul." + jenis),
                teks("renaksi.hapus.tanya", b.nama(), b.rincian()), List.of(),
                dasar + "/" + jenis + "/" + id + "/hapus", Map.of(), dasar, teks("konfirmasi.hapus"), true, null);
    }

    @GetMapping("/kegiatan/{kegiatanId}/hapus")
    String hapusKegiatanTanya(@PathVariable Long pkId, @PathVariable Long kegiatanId, Model model) {
        model.addAttribute("konfirmasi", hapusKonfirmasi(pkId, "kegiatan", kegiatanId,
                renaksi.kegiatan(pkId, kegiatanId)));
        return "umum/konfirmasi";
    }

    @GetMapping("/anggaran/{anggaranId}/hapus")
    String hapusAnggaranTanya(@PathVariable Long pkId, @PathVariable Long anggaranId, Model model) {
        model.addAttribute("konfirmasi", hapusKonfirmasi(pkId, "anggaran", anggaranId,
                renaksi.anggaran(pkId, anggaranId)));
        return "umum/konfirmasi";
    }

    @GetMapping
    String halaman(@PathVariable Long pkId, Model model) {
        model.addAttribute("data", renaksi.halaman(pkId));
        return "perencanaan/rencana-aksi";
    }

    /** format KEMENLU (Matriks Rencana Aksi PK) or MARVES (Tabel 5: B03/B06/B09/B12). */
    @GetMapping("/cetak")
    String cetak(@PathVariable Long pkId, @RequestParam(defaultValue = "KEMENLU") String format, Model model) {
        model.addAttribute("data", renaksi.halaman(pkId));
        model.addAttribute("format", format);
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/cetak-renaksi";
    }

    @GetMapping("/cetak.pdf")
    ResponseEntity<byte[]> cetakPdf(@PathVariable Long pkId, @RequestParam(defaultValue = "KEMENLU") String format) {
        RencanaAksiService.Halaman data = renaksi.halaman(pkId);
        return PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-renaksi", Map.of("data", data, "format", format, "ttd",
                        penandatangan.dari(pkId))),
                "rencana-aksi-" + data.pk().unitKode() + "-" + data.pk().tahun() + "-" + format + ".pdf");
    }

    @PostMapping("/kegiatan")
    String tambahKegiatan(@PathVariable Long pkId, @RequestParam Long ikuId, @RequestParam int triwulan,
            @RequestParam String nama, @RequestParam(required = false) String anggaran,
            @RequestParam(required = false) String buktiDukung,
            @RequestParam(defaultValue = "false") boolean inisiatifStrategis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mulai,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selesai,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect) {
        try {
            if (nama.isBlank()) {
                throw new BusinessRuleException("nama", "renaksi.nama.wajib");
            }
            renaksi.tambahKegiatan(pkId, ikuId, new RencanaAksiService.KegiatanParameters(triwulan, nama.trim(),
                    angka(anggaran), buktiDukung, inisiatifStrategis, mulai, selesai));
        } catch (BusinessRuleException e) {
            return halamanDenganGalat(pkId, id.kinerja.platform.web.FormGagal.dari("kegiatan-" + ikuId, e, messages,
                    semua), model);
        }
        redirect.addFlashAttribute("pesanKode", "renaksi.kegiatan.tersimpan");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi#iku-" + ikuId;
    }

    @PostMapping("/kegiatan/{kegiatanId}/hapus")
    String hapusKegiatan(@PathVariable Long pkId, @PathVariable Long kegiatanId, RedirectAttributes redirect) {
        renaksi.hapusKegiatan(pkId, kegiatanId);
        redirect.addFlashAttribute("pesanKode", "renaksi.kegiatan.dihapus");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
    }

    @PostMapping("/anggaran")
    String tambahAnggaran(@PathVariable Long pkId, @RequestParam String program,
            @RequestParam(required = false) String kegiatan, @RequestParam(required = false) String rincianOutput,
            @RequestParam String anggaran, @RequestParam Map<String, String> semua, Model model,
            RedirectAttributes redirect) {
        try {
            if (program.isBlank()) {
                throw new BusinessRuleException("program", "renaksi.program.wajib");
            }
            renaksi.tambahAnggaran(pkId, program.trim(), kegiatan, rincianOutput, angka(anggaran));
        } catch (BusinessRuleException e) {
            return halamanDenganGalat(pkId, id.kinerja.platform.web.FormGagal.dari("anggaran", e, messages, semua),
                    model);
        }
        redirect.addFlashAttribute("pesanKode", "renaksi.anggaran.tersimpan");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
    }

    @PostMapping("/anggaran/{anggaranId}/hapus")
    String hapusAnggaran(@PathVariable Long pkId, @PathVariable Long anggaranId, RedirectAttributes redirect) {
        renaksi.hapusAnggaran(pkId, anggaranId);
        redirect.addFlashAttribute("pesanKode", "renaksi.anggaran.dihapus");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
    }

    private static BigDecimal angka(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return AngkaFormatter.parse(raw);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("anggaran", "renaksi.anggaran.bukanAngka", raw);
        }
    }
}
