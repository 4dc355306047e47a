package id.kinerja.dasbor.web;

import id.kinerja.dasbor.DasborService.Dasbor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the dashboard's body ({@code dasbor/isi :: isi}) once per cached dashboard and variant
 * and keeps the HTML with that dashboard (docs/adr/0026): rendering was ~65 % of a cached page's
 * CPU (JFR). The body shows only what the cached page holds, the same for everyone allowed to see
 * the unit; links are built without any session id, so the HTML can be served to anyone whose
 * reach was checked. The IKU level (values and evidence read per request) is rendered every time.
 */
@Component
class PenyajiDasbor {

    /** languages × drill-down levels worth keeping per page (DasborCache bounds the bytes overall) */
    private static final int VARIAN_MAKS = 16;

    private final ITemplateEngine templates;
    private final ApplicationContext konteks;
    private volatile JakartaServletWebApplication aplikasi;
    private volatile ConversionService konversi;

    PenyajiDasbor(ITemplateEngine templates, ApplicationContext konteks) {
        this.templates = templates;
        this.konteks = konteks;
    }

    /** {@code terbuka}: codes of the units below the viewer may open, null for all (a variant of its own). */
    String isi(Dasbor d, Set<String> terbuka, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var drill = d.drill();
        boolean simpan = !"IKU".equals(drill.tingkat());
        String varian = locale.toLanguageTag() + "|" + drill.tingkat() + "|" + drill.perspektif() + "|" + drill.ssKode()
                + "|" + (terbuka == null ? "*" : String.join(",", terbuka));
        if (simpan) {
            String ada = d.tampilan().get(varian);
            if (ada != null) {
                return ada;
            }
        }
        String html = render(d, terbuka, locale, request, response);
        if (simpan && d.tampilan().size() < VARIAN_MAKS) {
            d.tampilan().putIfAbsent(varian, html);
        }
        return html;
    }

    private String render(Dasbor d, Set<String> terbuka, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        JakartaServletWebApplication app = aplikasi;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(request.getServletContext());
            aplikasi = app;
        }
        WebContext ctx = new WebContext(app.buildExchange(request, new TanpaIdSesi(response)), locale);
        ctx.setVariable("d", d);
        ctx.setVariable("terbuka", terbuka);
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluasi());
        return templates.process("dasbor/isi", Set.of("isi"), ctx);
    }

    /**
     * As in an MVC view: ${@bean} references and the MVC conversion service. A new one per render:
     * Thymeleaf keeps each evaluation's expression objects in it (sharing one across threads broke
     * pages under load).
     */
    private ThymeleafEvaluationContext evaluasi() {
        ConversionService cs = konversi;
        if (cs == null) {
            cs = konteks.containsBean("mvcConversionService")
                    ? konteks.getBean("mvcConversionService", ConversionService.class) : null;
            konversi = cs;
        }
        return new ThymeleafEvaluationContext(konteks, cs);
    }

    /** Links in shared HTML must never carry one viewer's session id. */
    private static final class TanpaIdSesi extends HttpServletResponseWrapper {

        TanpaIdSesi(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
