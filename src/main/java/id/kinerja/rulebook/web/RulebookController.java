package id.kinerja.rulebook.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.FormErrors;
import id.kinerja.rulebook.RulebookKonflikException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.scoring.Rulebook;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RulebookController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RulebookController.class);

    /** Calendar documents with their own rows elsewhere (PK: batasPk, realisation: batasLapor) are not listed. */
    static final List<String> DOKUMEN_KALENDER = List.of("MANUAL_IKU", "VALIDASI", "DKO", "LKJ_TRIWULAN",
            "LKJ_TAHUNAN", "REVIU_LKJ");

    private final RulebookService rulebooks;
    private final MessageSource messages;

    RulebookController(RulebookService rulebooks, MessageSource messages) {
        this.rulebooks = rulebooks;
        this.messages = messages;
    }

    /** Level code → label: the bundle's name for a known code, else the organisation's own name. */
    private Map<String, String> labelLevel(String kode, Rulebook rb, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        rulebooks.level(kode).forEach(l -> out.put(l.kode(),
                messages.getMessage("rulebook.levelKode." + l.kode(), null, l.nama(), locale)));
        java.util.stream.Stream.of(rb.ikuCountLimits().keySet(), rb.cascadeDepthLimits().keySet(),
                        rb.pkDeadlines().keySet(), rb.reportDeadlines().keySet())
                .flatMap(java.util.Collection::stream)
                .filter(k -> !Rulebook.ALL_LEVELS.equals(k))
                .forEach(k -> out.putIfAbsent(k, messages.getMessage("rulebook.levelKode." + k, null, k, locale)));
        rb.calendarDeadlines().values().forEach(m -> m.keySet().stream().filter(k -> !Rulebook.ALL_LEVELS.equals(k))
                .forEach(k -> out.putIfAbsent(k, messages.getMessage("rulebook.levelKode." + k, null, k, locale))));
        return out;
    }

    private void isiModel(Model model, RulebookService.RulebookDetail detail, Locale locale) {
        model.addAttribute("detail", detail);
        model.addAttribute("levelLabel", labelLevel(detail.kode(), detail.aktif(), locale));
        model.addAttribute("dokumenKalender", DOKUMEN_KALENDER);
        model.addAttribute("jenisAturan", RulebookForm.KalenderBaris.JENIS);
    }

    @GetMapping("/admin/rulebook")
    String daftar(Model model) {
        model.addAttribute("daftar", rulebooks.daftar());
        return "rulebook/daftar";
    }

    @GetMapping("/admin/rulebook/{kode}")
    String detail(@PathVariable String kode, Model model) {
        RulebookService.RulebookDetail detail = rulebooks.detail(kode);
        isiModel(model, detail, LocaleContextHolder.getLocale());
        RulebookForm form = RulebookForm.from(detail.aktif(), detail.periodeSekarang());
        form.setVersi(detail.token());
        model.addAttribute("form", form);
        return "rulebook/detail";
    }

    @PostMapping("/admin/rulebook/{kode}")
    String simpan(@PathVariable String kode, @Valid @ModelAttribute("form") RulebookForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RulebookService.RulebookDetail detail = rulebooks.detail(kode);
        if (!detail.bolehUbah()) {
            throw new AccessDeniedException("Hanya PKO pusat organisasi pengguna rulebook ini");
        }
        Locale locale = LocaleContextHolder.getLocale();
        form.periksa(binding);
        form.periksaLevel(binding, labelLevel(kode, detail.aktif(), locale).keySet());
        if (!binding.hasErrors()) {
            try {
                rulebooks.simpan(kode, form.berlaku(), form.toRulebook(detail.aktif()), form.getKeterangan().trim(),
                        form.getVersi());
                redirect.addFlashAttribute("pesanKode", "rulebook.tersimpan");
                return "redirect:/admin/rulebook/" + kode;
            } catch (BusinessRuleException e) {
                FormErrors.tampilkan(binding, e);
            } catch (RulebookKonflikException e) {
                // the input stays; the new token lets the user save over the change once they have seen it
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                binding.reject("rulebook.konflik", "rulebook.konflik");
                form.setVersi(detail.token());
            } catch (IllegalArgumentException e) {
                // the engine's own consistency check: what the form's checks did not catch
                LOG.info("rulebook {} refused by the engine: {}", kode, e.getMessage());
                binding.reject("rulebook.tidakKonsisten.umum", "rulebook.tidakKonsisten.umum");
            }
        }
        if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        isiModel(model, detail, locale);
        return "rulebook/detail";
    }
}
