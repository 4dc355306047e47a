package id.kinerja.perencanaan.web;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.web.BusinessRuleException;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.platform.web.NotFoundException;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

@Controller
@RequestMapping("/perencanaan")
class PerencanaanController {

    private final PerencanaanService perencanaan;
    private final id.kinerja.perencanaan.RencanaAksiService renaksi;
    private final org.springframework.beans.factory.ObjectProvider<id.kinerja.platform.pdf.PdfRenderer> pdf;
    private final org.springframework.context.MessageSource messages;

    PerencanaanController(PerencanaanService perencanaan, id.kinerja.perencanaan.RencanaAksiService renaksi,
            org.springframework.beans.factory.ObjectProvider<id.kinerja.platform.pdf.PdfRenderer> pdf,
            org.springframework.context.MessageSource messages) {
        this.perencanaan = perencanaan;
        this.messages = messages;
        this.renaksi = renaksi;
        this.pdf = pdf;
    }

    @ModelAttribute
    void pilihan(Model model) {
        model.addAttribute("validitasPilihan", Validity.values());
        model.addAttribute("kendaliPilihan", Control.values());
        model.addAttribute("kualitasPilihan", QualityTier.values());
        model.addAttribute("polarisasiPilihan", Polarization.values());
        model.addAttribute("konsolidasiPeriodePilihan", PeriodConsolidation.values());
        model.addAttribute("konsolidasiLokasiPilihan", LocationConsolidation.values());
        model.addAttribute("jenisCascadingPilihan", JenisCascading.values());
        model.addAttribute("metodeCascadingPilihan", MetodeCascading.values());
        model.addAttribute("periodePilihan", JenisPeriode.values());
    }

    private int tahunIni() {
        return perencanaan.tahunBawaan();
    }

    @GetMapping
    String beranda(@RequestParam(required = false) Integer tahun, Model model) {
        model.addAttribute("beranda", perencanaan.beranda(tahun == null ? tahunIni() : tahun));
        return "perencanaan/beranda";
    }

    @GetMapping("/unit/{unitId}")
    String pkUnit(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun, Model model) {
        int th = tahun == null ? tahunIni() : tahun;
        PerencanaanService.PkView pk = perencanaan.pk(unitId, th);
        if (pk != null) {
            return "redirect:/perencanaan/pk/" + pk.id();
        }
        model.addAttribute("unitId", unitId);
        model.addAttribute("tahun", th);
        return "perencanaan/belum-ada";
    }

    @PostMapping("/unit/{unitId}/buka")
    String buka(@PathVariable Long unitId, @RequestParam int tahun) {
        return "redirect:/perencanaan/pk/" + perencanaan.buka(unitId, tahun).id();
    }

    @GetMapping("/pk/{pkId}")
    String pk(@PathVariable Long pkId, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        return "perencanaan/pk";
    }

    @GetMapping("/pk/{pkId}/cetak")
    String cetak(@PathVariable Long pkId, Model model) {
        id.kinerja.perencanaan.RencanaAksiService.Halaman data = renaksi.halaman(pkId);
        model.addAttribute("pk", data.pk());
        model.addAttribute("renaksi", data);
        return "perencanaan/cetak-pk";
    }

    @GetMapping("/pk/{pkId}/manual-iku")
    String cetakManual(@PathVariable Long pkId, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        return "perencanaan/cetak-manual-iku";
    }

    @GetMapping("/pk/{pkId}/cetak.pdf")
    org.springframework.http.ResponseEntity<byte[]> cetakPdf(@PathVariable Long pkId) {
        id.kinerja.perencanaan.RencanaAksiService.Halaman data = renaksi.halaman(pkId);
        PerencanaanService.PkView pk = data.pk();
        return id.kinerja.platform.pdf.PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-pk", java.util.Map.of("pk", pk, "renaksi", data)),
                "pk-" + pk.unitKode() + "-" + pk.tahun() + "-v" + pk.nomorVersi() + ".pdf");
    }

    @GetMapping("/pk/{pkId}/manual-iku.pdf")
    org.springframework.http.ResponseEntity<byte[]> manualPdf(@PathVariable Long pkId) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        return id.kinerja.platform.pdf.PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-manual-iku", java.util.Map.of("pk", pk)),
                "manual-iku-" + pk.unitKode() + "-" + pk.tahun() + "-v" + pk.nomorVersi() + ".pdf");
    }

    // --- revisi / komplemen

    @PostMapping("/pk/{pkId}/versi")
    String versiBaru(@PathVariable Long pkId, @RequestParam long version,
            @RequestParam id.kinerja.perencanaan.JenisPk jenis, @RequestParam int mulaiTriwulan,
            @RequestParam String alasan, RedirectAttributes redirect) {
        PerencanaanService.PkView baru = perencanaan.ubahVersi(pkId, version, jenis, mulaiTriwulan, alasan);
        redirect.addFlashAttribute("pesanKode", "pk.revisi.dibuka");
        return "redirect:/perencanaan/pk/" + baru.id();
    }

    @GetMapping("/pk/{pkId}/perubahan")
    String perubahan(@PathVariable Long pkId, Model model) {
        model.addAttribute("data", perencanaan.perbandingan(pkId));
        return "perencanaan/perubahan";
    }

    @GetMapping("/pk/{pkId}/lembar-revisi")
    String lembarRevisi(@PathVariable Long pkId, Model model) {
        model.addAttribute("data", perencanaan.perbandingan(pkId));
        return "perencanaan/cetak-revisi";
    }

    @GetMapping("/pk/{pkId}/lembar-revisi.pdf")
    org.springframework.http.ResponseEntity<byte[]> lembarRevisiPdf(@PathVariable Long pkId) {
        PerencanaanService.Perbandingan data = perencanaan.perbandingan(pkId);
        return id.kinerja.platform.pdf.PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-revisi", java.util.Map.of("data", data)),
                "lembar-revisi-" + data.pk().unitKode() + "-" + data.pk().tahun() + "-v" + data.pk().nomorVersi()
                        + ".pdf");
    }

    // --- Sasaran Strategis

    @GetMapping("/pk/{pkId}/ss/baru")
    String ssBaru(@PathVariable Long pkId, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("form", new SasaranForm());
        return "perencanaan/ss-form";
    }

    @GetMapping("/pk/{pkId}/ss/{ssId}")
    String ssUbah(@PathVariable Long pkId, @PathVariable Long ssId, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        model.addAttribute("ssId", ssId);
        model.addAttribute("form", SasaranForm.from(pk.sasaran().stream().filter(s -> s.id().equals(ssId))
                .findFirst().orElseThrow(() -> new NotFoundException("Sasaran Strategis", ssId))));
        return "perencanaan/ss-form";
    }

    @PostMapping({"/pk/{pkId}/ss", "/pk/{pkId}/ss/{ssId}"})
    String ssSimpan(@PathVariable Long pkId, @PathVariable(required = false) Long ssId,
            @Valid @ModelAttribute("form") SasaranForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                perencanaan.simpanSasaran(pkId, ssId, form.getNama().trim(), form.getDeskripsi(),
                        form.getPerspektif(), form.getPosisi());
                redirect.addFlashAttribute("pesanKode", "pk.ss.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("ssId", ssId);
        return "perencanaan/ss-form";
    }

    @PostMapping("/pk/{pkId}/ss/{ssId}/hapus")
    String ssHapus(@PathVariable Long pkId, @PathVariable Long ssId, RedirectAttributes redirect) {
        perencanaan.hapusSasaran(pkId, ssId);
        redirect.addFlashAttribute("pesanKode", "pk.ss.dihapus");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    // --- IKU (Manual IKU)

    @GetMapping("/pk/{pkId}/iku/baru")
    String ikuBaru(@PathVariable Long pkId, @RequestParam(required = false) Long ss, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        IkuForm form = new IkuForm();
        form.setSsId(ss);
        model.addAttribute("form", form);
        return "perencanaan/iku-form";
    }

    @GetMapping("/pk/{pkId}/iku/{ikuId}")
    String ikuUbah(@PathVariable Long pkId, @PathVariable Long ikuId, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        PerencanaanService.IkuView iku = pk.sasaran().stream().flatMap(s -> s.iku().stream())
                .filter(i -> i.id().equals(ikuId)).findFirst().orElseThrow(() -> new NotFoundException("IKU", ikuId));
        model.addAttribute("pk", pk);
        model.addAttribute("iku", iku);
        model.addAttribute("form", IkuForm.from(iku.manual(), iku.ssId()));
        return "perencanaan/iku-form";
    }

    @PostMapping({"/pk/{pkId}/iku", "/pk/{pkId}/iku/{ikuId}"})
    String ikuSimpan(@PathVariable Long pkId, @PathVariable(required = false) Long ikuId,
            @Valid @ModelAttribute("form") IkuForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                perencanaan.simpanIku(pkId, form.getSsId(), ikuId, form.toParameters());
                redirect.addFlashAttribute("pesanKode", "pk.iku.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            }
        }
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        pk.sasaran().stream().flatMap(s -> s.iku().stream()).filter(i -> i.id().equals(ikuId)).findFirst()
                .ifPresent(i -> model.addAttribute("iku", i));
        return "perencanaan/iku-form";
    }

    @PostMapping("/pk/{pkId}/iku/{ikuId}/hapus")
    String ikuHapus(@PathVariable Long pkId, @PathVariable Long ikuId, RedirectAttributes redirect) {
        perencanaan.hapusIku(pkId, ikuId);
        redirect.addFlashAttribute("pesanKode", "pk.iku.dihapus");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    /** Most periods of a trajectory (monthly reporting); bounds the loop below. */
    private static final int MAKS_PERIODE = 12;

    /**
     * The Rencana Aksi trajectory: one value per reporting period, named t1, t2 … A refused value
     * shows the PK page again with what was typed and the reason at the box.
     */
    @PostMapping("/pk/{pkId}/iku/{ikuId}/trajektori")
    String trajektori(@PathVariable Long pkId, @PathVariable Long ikuId, @RequestParam int jumlah,
            @RequestParam java.util.Map<String, String> semua, Model model, RedirectAttributes redirect) {
        if (jumlah < 0 || jumlah > MAKS_PERIODE) {
            throw new BusinessRuleException("trajektori", "pk.trajektori.jumlah", MAKS_PERIODE);
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<BigDecimal> nilai = new ArrayList<>();
        java.util.Map<String, String> ketikan = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> galat = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= jumlah; i++) {
            String v = semua.get("t" + i);
            ketikan.put("t" + i, v == null ? "" : v);
            HasilAngka h = AngkaIndonesia.baca(v, BatasAngka.NILAI);
            if (!h.sah()) {
                galat.put("t" + i, IsianDitolak.pesanAngka(messages, locale, h, "label.trajektori", i));
            }
            nilai.add(h.nilai());
        }
        if (galat.isEmpty()) {
            try {
                perencanaan.simpanTrajektori(pkId, ikuId, nilai);
                redirect.addFlashAttribute("pesanKode", "pk.trajektori.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId + "#iku-" + ikuId;
            } catch (BusinessRuleException e) {
                for (BusinessRuleException v : e.semuaPelanggaran()) {
                    galat.merge("", messages.getMessage(v.getMessageKey(), v.getArgs(), v.getMessageKey(), locale),
                            (a, b) -> a + " " + b);
                }
            }
        }
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("trajektoriDitolak", new IsianDitolak(String.valueOf(ikuId), ketikan, galat));
        return "perencanaan/pk";
    }

    // --- workflow

    @PostMapping("/pk/{pkId}/ajukan")
    String ajukan(@PathVariable Long pkId, @RequestParam long version, RedirectAttributes redirect) {
        perencanaan.ajukan(pkId, version);
        redirect.addFlashAttribute("pesanKode", "pk.diajukan");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    @PostMapping("/pk/{pkId}/tetapkan")
    String tetapkan(@PathVariable Long pkId, @RequestParam long version, RedirectAttributes redirect) {
        perencanaan.tetapkan(pkId, version);
        redirect.addFlashAttribute("pesanKode", "pk.ditetapkan");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    @PostMapping("/pk/{pkId}/kembalikan")
    String kembalikan(@PathVariable Long pkId, @RequestParam long version, @RequestParam String catatan,
            RedirectAttributes redirect) {
        perencanaan.kembalikan(pkId, version, catatan);
        redirect.addFlashAttribute("pesanKode", "pk.dikembalikan");
        return "redirect:/perencanaan/pk/" + pkId;
    }
}
