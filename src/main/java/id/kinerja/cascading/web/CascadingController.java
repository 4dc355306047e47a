package id.kinerja.cascading.web;

import id.kinerja.cascading.CapaianIku;
import id.kinerja.cascading.CascadingService;
import id.kinerja.cascading.MatriksExcel;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.perencanaan.PenandatanganService;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.web.BacaAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormGagal;
import id.kinerja.platform.web.Konfirmasi;
import jakarta.servlet.http.HttpServletResponse;
import id.kinerja.scoring.LocationConsolidation;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CascadingController {

    private final CascadingService cascading;
    private final MatriksExcel excel;
    private final ObjectProvider<PdfRenderer> pdf;
    private final MessageSource messages;
    private final TahunBerjalan tahunBerjalan;
    private final Clock clock;
    private final PenandatanganService penandatangan;

    CascadingController(CascadingService cascading, MatriksExcel excel,
            ObjectProvider<PdfRenderer> pdf,
            MessageSource messages, TahunBerjalan tahunBerjalan, Clock clock,
            PenandatanganService penandatangan) {
        this.tahunBerjalan = tahunBerjalan;
        this.clock = clock;
        this.penandatangan = penandatangan;
        this.cascading = cascading;
        this.excel = excel;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/cascading/iku/{ikuId}")
    String iku(@PathVariable Long ikuId, Model model) {
        model.addAttribute("data", cascading.halaman(ikuId));
        model.addAttribute("metodePilihan", MetodeLink.values());
        model.addAttribute("lokasiPilihan", LocationConsolidation.values());
        return "cascading/iku";
    }

    @PostMapping("/cascading/iku/{ikuId}")
    String cascade(@PathVariable Long ikuId, @RequestParam MetodeLink metode,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String nama,
            @RequestParam(required = false) String target, @RequestParam(required = false) String pembilang,
            @RequestParam(required = false) String penyebut,
            @RequestParam(required = false) LocationConsolidation konsolidasiLokasi,
            @RequestParam(required = false) Long ikuPendukungId, @RequestParam Map<String, String> semua,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // access before any parsing: an attacker learns nothing from how the input is judged
        cascading.periksaBolehSusun(ikuId);
        try {
            cascading.cascade(ikuId, new CascadingService.Parameter(metode, unitId, nama,
                    BacaAngka.atauTolak(target, BatasAngka.NILAI, "target", "label.target"),
                    BacaAngka.atauTolak(pembilang, BatasAngka.NILAI, "pembilang", "label.pembilang"),
                    BacaAngka.atauTolak(penyebut, BatasAngka.NILAI, "penyebut", "label.penyebut"), konsolidasiLokasi,
                    ikuPendukungId));
        } catch (BusinessRuleException e) {
            // the page again (400): the message at its field, everything typed kept
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("gagal", FormGagal.dari("cascading", e, messages, semua));
            return iku(ikuId, model);
        }
        redirect.addFlashAttribute("pesanKode", "cascading.tersimpan");
        return "redirect:/cascading/iku/" + ikuId;
    }

    @GetMapping("/cascading/iku/{ikuId}/tautan/{linkId}/hapus")
    String hapusTanya(@PathVariable Long ikuId, @PathVariable Long linkId, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("konfirmasi", new Konfirmasi(
                messages.getMessage("cascading.hapus.judul", null, locale),
                messages.getMessage("cascading.hapus.tanya", new Object[] {cascading.uraianTautan(ikuId, linkId)},
                        locale),
                List.of(messages.getMessage("cascading.hapus.akibat", null, locale)),
                "/cascading/iku/" + ikuId + "/tautan/" + linkId + "/hapus", Map.of(), "/cascading/iku/" + ikuId,
                messages.getMessage("konfirmasi.hapus", null, locale), true, null));
        return "umum/konfirmasi";
    }

    @PostMapping("/cascading/iku/{ikuId}/tautan/{linkId}/hapus")
    String hapus(@PathVariable Long ikuId, @PathVariable Long linkId, RedirectAttributes redirect) {
        cascading.hapus(linkId);
        redirect.addFlashAttribute("pesanKode", "cascading.dihapus");
        return "redirect:/cascading/iku/" + ikuId;
    }

    private CapaianIku capaianIku;

    /** Capaian colours come from the realisasi module when it is present. */
    @Autowired(required = false)
    void setCapaianIku(CapaianIku capaianIku) {
        this.capaianIku = capaianIku;
    }

    @GetMapping("/cascading/unit/{unitId}")
    String matriks(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun, Model model) {
        CascadingService.Matriks data = cascading.matriks(unitId, tahun == null ? tahunIni() : tahun);
        model.addAttribute("data", data);
        if (capaianIku != null) {
            model.addAttribute("capaian", capaianIku.band(
                    data.baris().stream().map(CascadingService.IkuAtas::ikuId).toList(), data.tahun()));
        }
        return "cascading/matriks";
    }

    @GetMapping("/cascading/pohon/{unitId}")
    String pohon(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun, Model model) {
        CascadingService.Pohon pohon = cascading.pohon(unitId, tahun == null ? tahunIni() : tahun);
        model.addAttribute("pohon", pohon);
        if (capaianIku != null) {
            List<Long> ids = new ArrayList<>();
            ArrayDeque<CascadingService.Simpul> antri = new ArrayDeque<>(pohon.akar());
            while (!antri.isEmpty()) {
                CascadingService.Simpul s = antri.poll();
                ids.add(s.ikuId());
                antri.addAll(s.anak());
            }
            model.addAttribute("capaian", capaianIku.band(ids, pohon.tahun()));
        }
        return "cascading/pohon";
    }

    @GetMapping("/cascading/pohon/{unitId}/cetak")
    String pohonCetak(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun, Model model) {
        model.addAttribute("pohon", cascading.pohon(unitId, tahun == null ? tahunIni() : tahun));
        return "cascading/pohon-cetak";
    }

    @GetMapping("/cascading/unit/{unitId}/matriks.xlsx")
    ResponseEntity<byte[]> matriksExcel(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun) {
        CascadingService.Matriks data = cascading.matriks(unitId, tahun == null ? tahunIni() : tahun);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"matriks-cascading-" + unitId + "-"
                        + data.tahun() + ".xlsx\"")
                .body(excel.tulis(data));
    }

    /** format KEMENLU (upper → lower with type, consolidation, validity-control) or MARVES (Lampiran VII). */
    @GetMapping("/cascading/unit/{unitId}/cetak")
    String cetak(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun,
            @RequestParam(defaultValue = "KEMENLU") String format, Model model) {
        model.addAttribute("format", format);
        CascadingService.Matriks data = cascading.matriks(unitId, tahun == null ? tahunIni() : tahun);
        model.addAttribute("data", data);
        model.addAttribute("ttd", data.pkId() == null ? null : penandatangan.dari(data.pkId()));
        model.addAttribute("tanggal", Waktu.hariIni(clock));
        return "cascading/matriks-cetak";
    }

    @GetMapping("/cascading/unit/{unitId}/cetak.pdf")
    ResponseEntity<byte[]> cetakPdf(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun) {
        CascadingService.Matriks data = cascading.matriks(unitId, tahun == null ? tahunIni() : tahun);
        Map<String, Object> model = new HashMap<>();
        model.put("data", data);
        model.put("tanggal", Waktu.hariIni(clock));
        model.put("ttd", data.pkId() == null ? null : penandatangan.dari(data.pkId()));
        return PdfDownload.attachment(pdf.getObject().render("cascading/matriks-cetak", model),
                "matriks-cascading-" + data.unitId() + "-" + data.tahun() + ".pdf");
    }

    private int tahunIni() {
        return tahunBerjalan.tahunBawaan();
    }
}
