package id.kinerja.perencanaan.web;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.AlurPkService;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.JenisPk;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.Pelaksana;
import id.kinerja.perencanaan.PenandatanganService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.perencanaan.RevisiPkService;
import id.kinerja.perencanaan.StatusPk;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.database.TokenFormulirService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.web.FormGagal;
import id.kinerja.platform.web.Halaman;
import id.kinerja.platform.web.IsianDitolak;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.web.Konfirmasi;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
    private final RencanaAksiService renaksi;
    private final ObjectProvider<PdfRenderer> pdf;
    private final MessageSource messages;
    private final PenandatanganService penandatangan;
    private final AlurPkService alur;
    private final RevisiPkService revisi;

    PerencanaanController(PerencanaanService perencanaan, RencanaAksiService renaksi,
            ObjectProvider<PdfRenderer> pdf,
            MessageSource messages,
            PenandatanganService penandatangan, AlurPkService alur,
            RevisiPkService revisi) {
        this.alur = alur;
        this.revisi = revisi;
        this.penandatangan = penandatangan;
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
    String beranda(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer halaman, @RequestParam(required = false) Integer ukuran,
            Model model) {
        PerencanaanService.Beranda beranda = perencanaan.beranda(tahun == null ? tahunIni() : tahun);
        // the units' PK list: searched and paged (the inbox beside it is short and stays whole)
        Halaman<PerencanaanService.UnitPk> hal = Halaman.dari(
                beranda.unit(), q, halaman, ukuran, u -> u.unit() + " " + u.level());
        model.addAttribute("hal", hal);
        model.addAttribute("beranda", new PerencanaanService.Beranda(beranda.tahun(), hal.baris(), beranda.kotakMasuk()));
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
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/pk";
    }

    /** The signatories of a draft PK, corrected by its planner (Plt./Plh. for acting officials). */
    @PostMapping("/pk/{pkId}/pihak")
    String pihak(@PathVariable Long pkId, @RequestParam long version,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            penandatangan.ubah(pkId, version, pihak(semua, "pertama"), pihak(semua, "kedua"));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return pkDenganGalat(pkId, FormGagal.dari("pihak", e, messages, semua), model);
        }
        redirect.addFlashAttribute("pesanKode", "pk.pihak.tersimpan");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    private static PenandatanganService.Pihak pihak(Map<String, String> p,
            String awalan) {
        String pelaksana = p.get(awalan + "Pelaksana");
        return new PenandatanganService.Pihak(p.get(awalan + "Nama"),
                p.get(awalan + "Jabatan"), p.get(awalan + "Nip"), p.get(awalan + "Pangkat"),
                "PLT".equals(pelaksana) ? Pelaksana.PLT
                        : "PLH".equals(pelaksana) ? Pelaksana.PLH : null);
    }

    @GetMapping("/pk/{pkId}/cetak")
    String cetak(@PathVariable Long pkId, Model model) {
        RencanaAksiService.Halaman data = renaksi.halaman(pkId);
        model.addAttribute("pk", data.pk());
        model.addAttribute("renaksi", data);
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/cetak-pk";
    }

    @GetMapping("/pk/{pkId}/manual-iku")
    String cetakManual(@PathVariable Long pkId, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/cetak-manual-iku";
    }

    @GetMapping("/pk/{pkId}/cetak.pdf")
    ResponseEntity<byte[]> cetakPdf(@PathVariable Long pkId) {
        RencanaAksiService.Halaman data = renaksi.halaman(pkId);
        PerencanaanService.PkView pk = data.pk();
        return PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-pk", Map.of("pk", pk, "renaksi", data, "ttd",
                        penandatangan.dari(pkId))),
                "pk-" + pk.unitKode() + "-" + pk.tahun() + "-v" + pk.nomorVersi() + ".pdf");
    }

    @GetMapping("/pk/{pkId}/manual-iku.pdf")
    ResponseEntity<byte[]> manualPdf(@PathVariable Long pkId) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        return PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-manual-iku", Map.of("pk", pk, "ttd",
                        penandatangan.dari(pkId))),
                "manual-iku-" + pk.unitKode() + "-" + pk.tahun() + "-v" + pk.nomorVersi() + ".pdf");
    }

    // --- revisi / komplemen

    @PostMapping("/pk/{pkId}/versi")
    String versiBaru(@PathVariable Long pkId, @RequestParam long version,
            @RequestParam JenisPk jenis, @RequestParam int mulaiTriwulan,
            @RequestParam String alasan, @RequestParam Map<String, String> semua, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Long baru = revisi.bukaVersi(pkId, version, jenis, mulaiTriwulan, alasan);
            redirect.addFlashAttribute("pesanKode", "pk.revisi.dibuka");
            return "redirect:/perencanaan/pk/" + baru;
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return pkDenganGalat(pkId, FormGagal.dari("versi", e, messages, semua), model);
        }
    }

    /** The PK page again, with a refused form's messages at its fields and the user's input kept. */
    private String pkDenganGalat(Long pkId, FormGagal gagal, Model model) {
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("ttd", penandatangan.dari(pkId));
        model.addAttribute("gagal", gagal);
        return "perencanaan/pk";
    }

    private String teks(String kode, Object... args) {
        return messages.getMessage(kode, args, kode, LocaleContextHolder.getLocale());
    }

    private String konfirmasi(Konfirmasi k, Model model) {
        model.addAttribute("konfirmasi", k);
        return "umum/konfirmasi";
    }

    /** The version the confirmation posts back: the one the user saw, else the current one. */
    private Map<String, String> versiTersembunyi(Long pkId, Long version) {
        return Map.of("version", String.valueOf(version != null ? version : perencanaan.versi(pkId)));
    }

    private Konfirmasi hapusIkuKonfirmasi(Long pkId, Long ikuId, Long version) {
        PerencanaanService.Dampak d = perencanaan.dampakHapusIku(pkId, ikuId);
        String aksi = "/perencanaan/pk/" + pkId + "/iku/" + ikuId + "/hapus";
        return new Konfirmasi(teks("pk.iku.hapus.judul", d.kode()),
                teks("pk.iku.hapus.tanya", d.kode(), d.nama()), d.ikut(), aksi, versiTersembunyi(pkId, version),
                "/perencanaan/pk/" + pkId, teks("konfirmasi.hapus"), true, d.galat());
    }

    private Konfirmasi hapusSsKonfirmasi(Long pkId, Long ssId, Long version) {
        PerencanaanService.Dampak d = perencanaan.dampakHapusSasaran(pkId, ssId);
        return new Konfirmasi(teks("pk.ss.hapus.judul", d.kode()),
                teks("pk.ss.hapus.tanya", d.kode(), d.nama()), d.ikut(),
                "/perencanaan/pk/" + pkId + "/ss/" + ssId + "/hapus", versiTersembunyi(pkId, version), "/perencanaan/pk/" + pkId,
                teks("konfirmasi.hapus"), true, d.galat());
    }

    private Konfirmasi tetapkanKonfirmasi(PerencanaanService.PkView pk) {
        List<String> ikut = new ArrayList<>();
        ikut.add(teks("pk.tetapkan.isi", pk.sasaran().size(),
                pk.sasaran().stream().mapToInt(x -> x.iku().size()).sum()));
        pk.versi().stream().filter(v -> v.nomor() < pk.nomorVersi()
                        && v.status() == StatusPk.DITETAPKAN)
                .forEach(v -> ikut.add(teks("pk.tetapkan.menggantikan", v.nomor())));
        ikut.add(teks("pk.tetapkan.terkunci"));
        return new Konfirmasi(teks("pk.tetapkan.judul"),
                teks("pk.tetapkan.tanya", pk.unit(), pk.tahun(), pk.nomorVersi()), ikut,
                "/perencanaan/pk/" + pk.id() + "/tetapkan", Map.of("version", String.valueOf(pk.version())),
                "/perencanaan/pk/" + pk.id(), teks("pk.tetapkan"), false, null);
    }

    @GetMapping("/pk/{pkId}/perubahan")
    String perubahan(@PathVariable Long pkId, Model model) {
        model.addAttribute("data", perencanaan.perbandingan(pkId));
        return "perencanaan/perubahan";
    }

    @GetMapping("/pk/{pkId}/lembar-revisi")
    String lembarRevisi(@PathVariable Long pkId, Model model) {
        model.addAttribute("data", perencanaan.perbandingan(pkId));
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/cetak-revisi";
    }

    @GetMapping("/pk/{pkId}/lembar-revisi.pdf")
    ResponseEntity<byte[]> lembarRevisiPdf(@PathVariable Long pkId) {
        PerencanaanService.Perbandingan data = perencanaan.perbandingan(pkId);
        return PdfDownload.attachment(
                pdf.getObject().render("perencanaan/cetak-revisi", Map.of("data", data, "ttd",
                        penandatangan.dari(pkId))),
                "lembar-revisi-" + data.pk().unitKode() + "-" + data.pk().tahun() + "-v" + data.pk().nomorVersi()
                        + ".pdf");
    }

    // --- Sasaran Strategis

    @GetMapping("/pk/{pkId}/ss/baru")
    String ssBaru(@PathVariable Long pkId, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        model.addAttribute("versiPk", pk.version());
        model.addAttribute("form", new SasaranForm());
        return "perencanaan/ss-form";
    }

    @GetMapping("/pk/{pkId}/ss/{ssId}")
    String ssUbah(@PathVariable Long pkId, @PathVariable Long ssId, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        model.addAttribute("versiPk", pk.version());
        model.addAttribute("ssId", ssId);
        model.addAttribute("form", SasaranForm.from(pk.sasaran().stream().filter(s -> s.id().equals(ssId))
                .findFirst().orElseThrow(() -> new NotFoundException("Sasaran Strategis", ssId))));
        return "perencanaan/ss-form";
    }

    @PostMapping({"/pk/{pkId}/ss", "/pk/{pkId}/ss/{ssId}"})
    String ssSimpan(@PathVariable Long pkId, @PathVariable(required = false) Long ssId,
            @Valid @ModelAttribute("form") SasaranForm form, BindingResult binding,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            @RequestParam(name = TokenFormulirService.PARAMETER, required = false) String token,
            HttpServletResponse response) {
        model.addAttribute("versiPk", version);
        if (!binding.hasErrors()) {
            try {
                if (ssId == null) {
                    perencanaan.tambahSasaran(pkId, versi(version), form.getNama().trim(), form.getDeskripsi(),
                            form.getPerspektif(), form.getPosisi(), token);
                } else {
                    perencanaan.simpanSasaran(pkId, versi(version), ssId, form.getNama().trim(), form.getDeskripsi(),
                            form.getPerspektif(), form.getPosisi());
                }
                redirect.addFlashAttribute("pesanKode", "pk.ss.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (OptimisticLockingFailureException e) {
                konflik(binding, model, response, pkId);
            }
        }
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("ssId", ssId);
        return "perencanaan/ss-form";
    }

    @GetMapping("/pk/{pkId}/ss/{ssId}/hapus")
    String ssHapusTanya(@PathVariable Long pkId, @PathVariable Long ssId,
            @RequestParam(required = false) Long version, Model model) {
        return konfirmasi(hapusSsKonfirmasi(pkId, ssId, version), model);
    }

    @PostMapping("/pk/{pkId}/ss/{ssId}/hapus")
    String ssHapus(@PathVariable Long pkId, @PathVariable Long ssId, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
        try {
            perencanaan.hapusSasaran(pkId, versi(version), ssId);
        } catch (BusinessRuleException e) {
            return konfirmasi(hapusSsKonfirmasi(pkId, ssId, version).denganGalat(teks(e.getMessageKey(), e.getArgs())), model);
        }
        redirect.addFlashAttribute("pesanKode", "pk.ss.dihapus");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    // --- IKU (Manual IKU)

    @GetMapping("/pk/{pkId}/iku/baru")
    String ikuBaru(@PathVariable Long pkId, @RequestParam(required = false) Long ss, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        model.addAttribute("versiPk", pk.version());
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
        model.addAttribute("versiPk", pk.version());
        model.addAttribute("iku", iku);
        model.addAttribute("form", IkuForm.from(iku.manual(), iku.ssId()));
        return "perencanaan/iku-form";
    }

    @PostMapping({"/pk/{pkId}/iku", "/pk/{pkId}/iku/{ikuId}"})
    String ikuSimpan(@PathVariable Long pkId, @PathVariable(required = false) Long ikuId,
            @Valid @ModelAttribute("form") IkuForm form, BindingResult binding,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            @RequestParam(name = TokenFormulirService.PARAMETER, required = false) String token,
            HttpServletResponse response) {
        model.addAttribute("versiPk", version);
        if (!binding.hasErrors()) {
            try {
                if (ikuId == null) {
                    perencanaan.tambahIku(pkId, versi(version), form.getSsId(), form.toParameters(), token);
                } else {
                    perencanaan.simpanIku(pkId, versi(version), form.getSsId(), ikuId, form.toParameters());
                }
                redirect.addFlashAttribute("pesanKode", "pk.iku.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (OptimisticLockingFailureException e) {
                konflik(binding, model, response, pkId);
            }
        }
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        model.addAttribute("pk", pk);
        pk.sasaran().stream().flatMap(s -> s.iku().stream()).filter(i -> i.id().equals(ikuId)).findFirst()
                .ifPresent(i -> model.addAttribute("iku", i));
        return "perencanaan/iku-form";
    }

    @GetMapping("/pk/{pkId}/iku/{ikuId}/hapus")
    String ikuHapusTanya(@PathVariable Long pkId, @PathVariable Long ikuId,
            @RequestParam(required = false) Long version, Model model) {
        return konfirmasi(hapusIkuKonfirmasi(pkId, ikuId, version), model);
    }

    @PostMapping("/pk/{pkId}/iku/{ikuId}/hapus")
    String ikuHapus(@PathVariable Long pkId, @PathVariable Long ikuId, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
        try {
            perencanaan.hapusIku(pkId, versi(version), ikuId);
        } catch (BusinessRuleException e) {
            return konfirmasi(hapusIkuKonfirmasi(pkId, ikuId, version).denganGalat(teks(e.getMessageKey(), e.getArgs())),
                    model);
        }
        redirect.addFlashAttribute("pesanKode", "pk.iku.dihapus");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    /**
     * The Rencana Aksi trajectory: one value per reporting period, named t1, t2 … A refused value
     * shows the PK page again with what was typed and the reason at the box.
     */
    @PostMapping("/pk/{pkId}/iku/{ikuId}/trajektori")
    String trajektori(@PathVariable Long pkId, @PathVariable Long ikuId, @RequestParam int jumlah,
            @RequestParam Map<String, String> semua, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // access first, then bounded input: nothing a request says is looped over before both
        perencanaan.periksaBolehSusun(pkId);
        if (jumlah < 1 || jumlah > PerencanaanService.PERIODE_MAKS) {
            throw new BusinessRuleException("trajektori", "pk.trajektori.jumlah", PerencanaanService.PERIODE_MAKS);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<BigDecimal> nilai = new ArrayList<>();
        Map<String, String> ketikan = new LinkedHashMap<>();
        Map<String, String> galat = new LinkedHashMap<>();
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
                perencanaan.simpanTrajektori(pkId, versi(version), ikuId, nilai);
                redirect.addFlashAttribute("pesanKode", "pk.trajektori.tersimpan");
                return "redirect:/perencanaan/pk/" + pkId + "#iku-" + ikuId;
            } catch (BusinessRuleException e) {
                for (BusinessRuleException v : e.semuaPelanggaran()) {
                    galat.merge("", messages.getMessage(v.getMessageKey(), v.getArgs(), v.getMessageKey(), locale),
                            (a, b) -> a + " " + b);
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("pk", perencanaan.pkById(pkId));
        model.addAttribute("trajektoriDitolak", new IsianDitolak(String.valueOf(ikuId), ketikan, galat));
        model.addAttribute("ttd", penandatangan.dari(pkId));
        return "perencanaan/pk";
    }

    /** A form without the PK's version never overwrites: it conflicts like a stale one. */
    static long versi(Long version) {
        return version == null ? -1 : version;
    }

    /**
     * Someone changed the PK since the form was opened: the form comes back (409) with the user's
     * input and a note; it now carries the current version, so saving again is a deliberate choice.
     */
    private void konflik(BindingResult binding, Model model, HttpServletResponse response, Long pkId) {
        binding.reject("pk.konflik");
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("versiPk", perencanaan.versi(pkId));
    }

    // --- workflow

    @PostMapping("/pk/{pkId}/ajukan")
    String ajukan(@PathVariable Long pkId, @RequestParam long version, RedirectAttributes redirect) {
        alur.ajukan(pkId, version);
        redirect.addFlashAttribute("pesanKode", "pk.diajukan");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    @GetMapping("/pk/{pkId}/tetapkan")
    String tetapkanTanya(@PathVariable Long pkId, Model model) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        if (!pk.bolehSetujui()) {
            throw new AccessDeniedException("Bukan atasan unit ini");
        }
        return konfirmasi(tetapkanKonfirmasi(pk), model);
    }

    @PostMapping("/pk/{pkId}/tetapkan")
    String tetapkan(@PathVariable Long pkId, @RequestParam long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            alur.tetapkan(pkId, version);
        } catch (BusinessRuleException e) {
            // refused (e.g. segregation of duties): the confirmation again, with the reason, as a 400
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return konfirmasi(tetapkanKonfirmasi(perencanaan.pkById(pkId))
                    .denganGalat(teks(e.getMessageKey(), e.getArgs())), model);
        }
        redirect.addFlashAttribute("pesanKode", "pk.ditetapkan");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    @PostMapping("/pk/{pkId}/tarik")
    String tarik(@PathVariable Long pkId, @RequestParam long version, RedirectAttributes redirect) {
        alur.tarik(pkId, version);
        redirect.addFlashAttribute("pesanKode", "pk.ditarik");
        return "redirect:/perencanaan/pk/" + pkId;
    }

    @PostMapping("/pk/{pkId}/kembalikan")
    String kembalikan(@PathVariable Long pkId, @RequestParam long version, @RequestParam String catatan,
            @RequestParam Map<String, String> semua, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            alur.kembalikan(pkId, version, catatan);
        } catch (BusinessRuleException e) {
            if (!"catatan".equals(e.getField())) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // the note refused (blank, too long): the page again with the message and the note kept
            return pkDenganGalat(pkId, FormGagal.dari("kembalikan", e, messages, semua), model);
        }
        redirect.addFlashAttribute("pesanKode", "pk.dikembalikan");
        return "redirect:/perencanaan/pk/" + pkId;
    }
}
