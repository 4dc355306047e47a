package id.kinerja.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Active only while the demo is being seeded: every page (before sign-in too) answers 503 with a
 * small self-refreshing "Menyiapkan data demo…" page, the API a problem+json; static files and
 * health checks pass. Afterwards it is a single volatile read per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PenyiapanDemoFilter extends OncePerRequestFilter {

    static final int MUAT_ULANG_DETIK = 2;

    private final ObjectProvider<PenyiapanDemo> penyiapan;
    private final MessageSource messages;

    // optional: web slices (@WebMvcTest) load filters without the demo's components
    PenyiapanDemoFilter(ObjectProvider<PenyiapanDemo> penyiapan,
            MessageSource messages) {
        this.penyiapan = penyiapan;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PenyiapanDemo p = penyiapan.getIfAvailable();
        if (p == null || !p.berjalan()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/img/") || path.equals("/favicon.ico") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        String pesan = messages.getMessage("demo.menyiapkan", null, "Menyiapkan data demo…", locale);
        String rinci = messages.getMessage("demo.menyiapkan.rinci", null, "", locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(MUAT_ULANG_DETIK));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\""
                    + pesan.replace("\"", "'") + "\"}");
            return;
        }
        response.setContentType("text/html");
        String lang = locale.getLanguage();
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + MUAT_ULANG_DETIK + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(pesan) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/webjars/bootstrap/dist/css/bootstrap.min.css\">"
                + "</head><body><main class=\"container py-5 text-center\" data-testid=\"menyiapkan-demo\">"
                + "<div class=\"spinner-border text-primary mb-3\" role=\"status\"></div>"
                + "<h1 class=\"h4\">" + HtmlUtils.htmlEscape(pesan) + "</h1>"
                + "<p class=\"text-muted\">" + HtmlUtils.htmlEscape(rinci) + "</p></main></body></html>");
    }
}
