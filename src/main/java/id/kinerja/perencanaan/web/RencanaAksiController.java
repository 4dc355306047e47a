package id.kinerja.perencanaan.web;

import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.platform.galat.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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
            RencanaAksiService.Butir b, Long version) {
        // the version the user saw travels with the confirmation (else the current one)
        Map<String, String> versi = Map.of("version", String.valueOf(version != null ? version : renaksi.versiPk(pkId)));
        String dasar = "/perencanaan/pk/" + pkId + "/rencana-aksi";
        return new id.kinerja.platform.web.Konfirmasi(teks("renaksi.hapus.judul." + jenis),
                teks("renaksi.hapus.tanya", b.nama(), b.rincian()), List.of(),
                dasar + "/" + jenis + "/" + id + "/hapus", versi, dasar, teks("konfirmasi.hapus"), true, null);
    }

    @GetMapping("/kegiatan/{kegiatanId}/hapus")
    String hapusKegiatanTanya(@PathVariable Long pkId, @PathVariable Long kegiatanId,
            @RequestParam(required = false) Long version, Model model) {
        model.addAttribute("konfirmasi", hapusKonfirmasi(pkId, "kegiatan", kegiatanId,
                renaksi.kegiatan(pkId, kegiatanId), version));
        return "umum/konfirmasi";
    }

    @GetMapping("/anggaran/{anggaranId}/hapus")
    String hapusAnggaranTanya(@PathVariable Long pkId, @PathVariable Long anggaranId,
            @RequestParam(required = false) Long version, Model model) {
        model.addAttribute("konfirmasi", hapusKonfirmasi(pkId, "anggaran", anggaranId,
                renaksi.anggaran(pkId, anggaranId), version));
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
    String tambahKegiatan(@PathVariable Long pkId, @ModelAttribute("kegiatanForm") KegiatanForm form,
            BindingResult binding, @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        renaksi.periksaBolehSusun(pkId);
        if (form.getIkuId() == null) {
            throw new NotFoundException("IKU", null);
        }
        if (form.getNama() == null || form.getNama().isBlank()) {
            binding.rejectValue("nama", "renaksi.nama.wajib");
        }
        if (!binding.hasErrors()) {
            try {
                renaksi.tambahKegiatan(pkId, PerencanaanController.versi(version), form.getIkuId(), new RencanaAksiService.KegiatanParameters(
                        form.getTriwulan(), form.getNama().trim(), form.getAnggaran(), form.getBuktiDukung(),
                        form.isInisiatifStrategis(), form.getMulai(), form.getSelesai()));
                redirect.addFlashAttribute("pesanKode", "renaksi.kegiatan.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi#iku-" + form.getIkuId();
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("kegiatanDitolak", IsianDitolak.dari(form.getIkuId(), binding, KegiatanForm.FIELDS,
                messages, LocaleContextHolder.getLocale()));
        model.addAttribute("data", renaksi.halaman(pkId));
        return "perencanaan/rencana-aksi";
    }

    @PostMapping("/kegiatan/{kegiatanId}/hapus")
    String hapusKegiatan(@PathVariable Long pkId, @PathVariable Long kegiatanId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        renaksi.hapusKegiatan(pkId, PerencanaanController.versi(version), kegiatanId);
        redirect.addFlashAttribute("pesanKode", "renaksi.kegiatan.dihapus");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
    }

    /** The edit form of one activity, filled with what is stored; the PK's version travels with it. */
    @GetMapping("/kegiatan/{kegiatanId}/ubah")
    String ubahKegiatanForm(@PathVariable Long pkId, @PathVariable Long kegiatanId, Model model) {
        RencanaAksiService.KegiatanView k = renaksi.kegiatanUntukDiubah(pkId, kegiatanId);
        KegiatanForm form = new KegiatanForm();
        form.setTriwulan(k.triwulan());
        form.setNama(k.nama());
        form.setAnggaran(k.anggaran());
        form.setBuktiDukung(k.buktiDukung());
        form.setInisiatifStrategis(k.inisiatifStrategis());
        form.setMulai(k.mulai());
        form.setSelesai(k.selesai());
        return halamanUbah(pkId, kegiatanId, form, renaksi.versiPk(pkId), model);
    }

    private String halamanUbah(Long pkId, Long kegiatanId, KegiatanForm form, long version, Model model) {
        model.addAttribute("kegiatanForm", form);
        model.addAttribute("pkId", pkId);
        model.addAttribute("kegiatanId", kegiatanId);
        model.addAttribute("version", version);
        model.addAttribute("iku", renaksi.ikuKegiatan(pkId, kegiatanId));
        return "perencanaan/kegiatan-ubah";
    }

    @PostMapping("/kegiatan/{kegiatanId}/ubah")
    String ubahKegiatan(@PathVariable Long pkId, @PathVariable Long kegiatanId,
            @ModelAttribute("kegiatanForm") KegiatanForm form, BindingResult binding,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        renaksi.periksaBolehSusun(pkId);
        if (form.getNama() == null || form.getNama().isBlank()) {
            binding.rejectValue("nama", "renaksi.nama.wajib");
        } else if (form.getNama().length() > 500) {
            binding.rejectValue("nama", "renaksi.nama.panjang");
        }
        if (form.getBuktiDukung() != null && form.getBuktiDukung().length() > 500) {
            binding.rejectValue("buktiDukung", "renaksi.buktiDukung.panjang");
        }
        if (!binding.hasErrors()) {
            try {
                renaksi.ubahKegiatan(pkId, PerencanaanController.versi(version), kegiatanId,
                        new RencanaAksiService.KegiatanParameters(form.getTriwulan(), form.getNama().trim(),
                                form.getAnggaran(), form.getBuktiDukung(), form.isInisiatifStrategis(),
                                form.getMulai(), form.getSelesai()));
                redirect.addFlashAttribute("pesanKode", "renaksi.kegiatan.diubah");
                return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
            } catch (BusinessRuleException e) {
                // a rule about the form's own fields shows there; one about the PK (e.g. approved meanwhile) on top
                for (BusinessRuleException v : e.semuaPelanggaran()) {
                    if (KegiatanForm.FIELDS.contains(v.getField())) {
                        binding.rejectValue(v.getField(), v.getMessageKey(), v.getArgs(), v.getMessageKey());
                    } else {
                        binding.reject(v.getMessageKey(), v.getArgs(), v.getMessageKey());
                    }
                }
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // the form comes back with the user's input and the current version: saving again is deliberate
                response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT);
                binding.reject("pk.konflik");
                return halamanUbah(pkId, kegiatanId, form, renaksi.versiPk(pkId), model);
            }
        }
        // the version the user started from stays: a save over someone else's change is still a 409
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
        return halamanUbah(pkId, kegiatanId, form, PerencanaanController.versi(version), model);
    }

    @PostMapping("/anggaran")
    String tambahAnggaran(@PathVariable Long pkId, @ModelAttribute("anggaranForm") AnggaranForm form,
            BindingResult binding, @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        renaksi.periksaBolehSusun(pkId);
        if (form.getProgram() == null || form.getProgram().isBlank()) {
            binding.rejectValue("program", "renaksi.program.wajib");
        }
        if (form.getAnggaran() == null && !binding.hasFieldErrors("anggaran")) {
            binding.rejectValue("anggaran", "renaksi.anggaran.negatif");
        }
        if (!binding.hasErrors()) {
            try {
                renaksi.tambahAnggaran(pkId, PerencanaanController.versi(version), form.getProgram().trim(), form.getKegiatan(), form.getRincianOutput(),
                        form.getAnggaran());
                redirect.addFlashAttribute("pesanKode", "renaksi.anggaran.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
            } catch (BusinessRuleException e) {
                IsianDitolak.tolak(binding, e);
            }
        }
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("anggaranDitolak", IsianDitolak.dari("anggaran", binding, AnggaranForm.FIELDS, messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("data", renaksi.halaman(pkId));
        return "perencanaan/rencana-aksi";
    }

    @PostMapping("/anggaran/{anggaranId}/hapus")
    String hapusAnggaran(@PathVariable Long pkId, @PathVariable Long anggaranId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        renaksi.hapusAnggaran(pkId, PerencanaanController.versi(version), anggaranId);
        redirect.addFlashAttribute("pesanKode", "renaksi.anggaran.dihapus");
        return "redirect:/perencanaan/pk/" + pkId + "/rencana-aksi";
    }
}
