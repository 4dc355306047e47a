package id.kinerja.bukti.web;

import id.kinerja.bukti.BuktiService;
import id.kinerja.bukti.BuktiService.BuktiView;
import id.kinerja.bukti.BuktiService.HasilUnggah;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence of any owner record: its own page, the panel for htmx, upload, link, delete and
 * download. Owners' pages include {@code bukti/panel :: panel} with a {@code bukti} model
 * attribute from {@link BuktiService#panel}. A plain form post redirects back to the page it came
 * from ({@code kembali}) with the outcome as flash attributes; an htmx post gets the panel itself.
 */
@Controller
@RequestMapping("/bukti")
class BuktiController {

    private static final String PANEL = "bukti/panel :: panel";

    private final BuktiService bukti;
    private final MessageSource messages;

    BuktiController(BuktiService bukti, MessageSource messages) {
        this.bukti = bukti;
        this.messages = messages;
    }

    @GetMapping("/{jenis}/{pemilikId}")
    String halaman(@PathVariable String jenis, @PathVariable long pemilikId, Model model) {
        model.addAttribute("bukti", bukti.panel(jenis, pemilikId));
        return "bukti/halaman";
    }

    @GetMapping("/{jenis}/{pemilikId}/panel")
    String panel(@PathVariable String jenis, @PathVariable long pemilikId,
            @RequestParam(required = false) String kembali, Model model) {
        model.addAttribute("bukti", bukti.panel(jenis, pemilikId));
        model.addAttribute("buktiKembali", aman(kembali));
        return PANEL;
    }

    @PostMapping("/{jenis}/{pemilikId}/berkas")
    String unggah(@PathVariable String jenis, @PathVariable long pemilikId,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas,
            @RequestParam(required = false) String kembali,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        Hasil hasil = new Hasil(jenis, pemilikId);
        try {
            boolean ada = berkas != null && !berkas.isEmpty();
            HasilUnggah h = bukti.unggah(jenis, pemilikId, ada ? berkas.getOriginalFilename() : null,
                    ada ? berkas.getSize() : 0, ada ? berkas : null);
            hasil.pesan = h.namaDisesuaikan()
                    ? teks("bukti.tersimpan.namaDisesuaikan", h.bukti().contentType(), h.bukti().nama())
                    : teks("bukti.tersimpan");
        } catch (BusinessRuleException e) {
            hasil.galat(e, this);
        }
        return selesai(hasil, kembali, htmx, model, redirect);
    }

    @PostMapping("/{jenis}/{pemilikId}/tautan")
    String tautan(@PathVariable String jenis, @PathVariable long pemilikId, TautanForm form,
            @RequestParam(required = false) String kembali,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        Hasil hasil = new Hasil(jenis, pemilikId);
        try {
            bukti.tambahTautan(jenis, pemilikId, form.getUrl(), form.getJudul());
            hasil.pesan = teks("bukti.tersimpan");
        } catch (BusinessRuleException e) {
            hasil.galat(e, this);
            // the user's input is kept
            hasil.masukan = form;
        }
        return selesai(hasil, kembali, htmx, model, redirect);
    }

    @PostMapping("/hapus/{id}")
    String hapus(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String kembali,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        BuktiView dihapus = bukti.hapus(id, version);
        Hasil hasil = new Hasil(dihapus.jenisPemilik(), dihapus.pemilikId());
        hasil.pesan = teks("bukti.terhapus", dihapus.nama());
        return selesai(hasil, kembali, htmx, model, redirect);
    }

    @GetMapping("/unduh/{id}")
    void unduh(@PathVariable long id, HttpServletResponse response) throws IOException {
        BuktiService.Unduhan u = bukti.unduh(id);
        response.setContentType(u.contentType());
        response.setContentLengthLong(u.ukuran());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(u.namaFile(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // RFC 9530: the client can check what it received against the hash shown on the page
        response.setHeader("Repr-Digest",
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(u.sha256())) + ":");
        u.isi().tulisKe(response.getOutputStream());
    }

    private String selesai(Hasil hasil, String kembali, String htmx, Model model, RedirectAttributes redirect) {
        String tujuan = aman(kembali);
        if (htmx != null) {
            model.addAttribute("bukti", bukti.panel(hasil.jenis, hasil.pemilikId));
            model.addAttribute("buktiUntuk", hasil.kunci());
            model.addAttribute("buktiPesan", hasil.pesan);
            model.addAttribute("buktiGalat", hasil.galat);
            model.addAttribute("buktiMasukan", hasil.masukan);
            model.addAttribute("buktiKembali", tujuan);
            return PANEL;
        }
        redirect.addFlashAttribute("buktiUntuk", hasil.kunci());
        if (hasil.pesan != null) {
            redirect.addFlashAttribute("buktiPesan", hasil.pesan);
        }
        if (!hasil.galat.isEmpty()) {
            redirect.addFlashAttribute("buktiGalat", hasil.galat);
        }
        if (hasil.masukan != null) {
            redirect.addFlashAttribute("buktiMasukan", hasil.masukan);
        }
        String halaman = tujuan != null ? tujuan : "/bukti/" + hasil.jenis + "/" + hasil.pemilikId;
        return "redirect:" + halaman + "#bukti-" + hasil.jenis + "-" + hasil.pemilikId;
    }

    /** Only a path of this application: never another host (no open redirect). */
    static String aman(String kembali) {
        if (kembali == null || kembali.length() > 500 || !kembali.startsWith("/") || kembali.startsWith("//")
                || kembali.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f || c == '#')) {
            return null;
        }
        return kembali;
    }

    private String teks(String kunci, Object... args) {
        return messages.getMessage(kunci, args, kunci, LocaleContextHolder.getLocale());
    }

    /** The outcome of one post, for the panel of its owner. */
    private static final class Hasil {

        final String jenis;
        final long pemilikId;
        String pesan;
        final Map<String, String> galat = new LinkedHashMap<>();
        TautanForm masukan;

        Hasil(String jenis, long pemilikId) {
            this.jenis = jenis;
            this.pemilikId = pemilikId;
        }

        String kunci() {
            return jenis + ":" + pemilikId;
        }

        void galat(BusinessRuleException e, BuktiController c) {
            for (BusinessRuleException v : e.semuaPelanggaran()) {
                galat.putIfAbsent(v.getField(), c.teks(v.getMessageKey(), v.getArgs()));
            }
        }
    }
}
