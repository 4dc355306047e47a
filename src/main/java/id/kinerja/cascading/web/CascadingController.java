package id.kinerja.cascading.web;

import id.kinerja.cascading.CascadingService;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.platform.pdf.PdfDownload;
import id.kinerja.platform.pdf.PdfRenderer;
import id.kinerja.platform.web.AngkaFormatter;
import id.kinerja.platform.web.BusinessRuleException;
import id.kinerja.scoring.LocationConsolidation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
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
    private final id.kinerja.cascading.MatriksExcel excel;
    private final ObjectProvider<PdfRenderer> pdf;
    private final org.springframework.context.MessageSource messages;

    CascadingController(CascadingService cascading, id.kinerja.cascading.MatriksExcel excel,
            ObjectProvider<PdfRenderer> pdf,
            org.springframework.context.MessageSource messages) {
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
            @RequestParam(required = false) Long ikuPendukungId, RedirectAttributes redirect) {
        try {
            cascading.cascade(ikuId, new CascadingService.Parameter(metode, unitId, nama, angka(target),
                    angka(pembilang), angka(penyebut), konsolidasiLokasi, ikuPendukungId));
            redirect.addFlashAttribute("pesanKode", "cascading.tersimpan");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("galat", messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/cascading/iku/" + ikuId;
    }

    @PostMapping("/cascading/iku/{ikuId}/tautan/{linkId}/hapus")
    String hapus(@PathVariable Long ikuId, @PathVariable Long linkId, RedirectAttributes redirect) {
        cascading.hapus(linkId);
        redirect.addFlashAttribute("pesanKode", "cascading.dihapus");
        return "redirect:/cascading/iku/" + ikuId;
    }

    private id.kinerja.cascading.CapaianIku capaianIku;

    /** Capaian colours come from the realisasi module when it is present. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setCapaianIku(id.kinerja.cascading.CapaianIku capaianIku) {
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
            java.util.List<Long> ids = new java.util.ArrayList<>();
            java.util.ArrayDeque<CascadingService.Simpul> antri = new java.util.ArrayDeque<>(pohon.akar());
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
                .contentType(org.springframework.http.MediaType.parseMediaType(
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
        model.addAttribute("data", cascading.matriks(unitId, tahun == null ? tahunIni() : tahun));
        model.addAttribute("tanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")));
        return "cascading/matriks-cetak";
    }

    @GetMapping("/cascading/unit/{unitId}/cetak.pdf")
    ResponseEntity<byte[]> cetakPdf(@PathVariable Long unitId, @RequestParam(required = false) Integer tahun) {
        CascadingService.Matriks data = cascading.matriks(unitId, tahun == null ? tahunIni() : tahun);
        return PdfDownload.attachment(pdf.getObject().render("cascading/matriks-cetak",
                Map.of("data", data, "tanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")))),
                "matriks-cascading-" + data.unitId() + "-" + data.tahun() + ".pdf");
    }

    private static int tahunIni() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    }

    private static BigDecimal angka(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return AngkaFormatter.parse(raw);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("target", "pk.trajektori.bukanAngka", raw);
        }
    }
}
