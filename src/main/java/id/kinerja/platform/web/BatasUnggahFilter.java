package id.kinerja.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload larger than {@code spring.servlet.multipart.max-request-size / max-file-size} fails
 * while the container parses the body. That happens first inside Spring Security's CSRF check
 * (it reads the {@code _csrf} form field), which would answer 403, or Tomcat answers its own
 * English 413. This filter runs before security, parses a multipart body once and, when a size
 * limit was hit, answers 413 itself: an Indonesian error page for the browser, problem+json under
 * /api. Per-feature limits (e.g. the Excel import's 2 MB) are checked by the feature on its form.
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100)
class BatasUnggahFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    BatasUnggahFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (melebihiBatas(e)) {
                tolak(request, response);
                return;
            }
            // any other malformed body is reported by Spring MVC as before
        }
        chain.doFilter(request, response);
    }

    static boolean melebihiBatas(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("SizeLimitExceeded") || name.contains("MaxUploadSizeExceeded")
                    || msg.contains("exceeds its maximum permitted size") || msg.contains("exceeds the configured maximum")) {
                return true;
            }
        }
        return false;
    }

    private void tolak(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale bahasa = locales.resolveLocale(request); // the app's language (cookie, else Indonesian)
            String detail = messages.getMessage("galat.413.detail", null, "galat.413.detail", bahasa);
            String judul = messages.getMessage("galat.413.judul", null, "Content Too Large", bahasa);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + judul + "\",\"status\":413,"
                    + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        // rendered by the error controller with templates/error/413.html (locale resolved there)
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
}
