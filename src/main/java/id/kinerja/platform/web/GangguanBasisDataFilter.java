package id.kinerja.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While PostgreSQL cannot be reached, any request that needs it (the session is in the database
 * too) fails within Hikari's connection timeout. This filter, outermost before the session
 * filter, turns such a failure into 503 with Retry-After: a self-contained Indonesian page that
 * needs neither the database nor a session, or problem+json under /api. Nothing is cached: the
 * next request after PostgreSQL is back is served normally.
 */
@Component
@Order(Integer.MIN_VALUE + 10) // before Spring Session's SessionRepositoryFilter (MIN_VALUE + 50)
class GangguanBasisDataFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GangguanBasisDataFilter.class);
    static final String COBA_LAGI_DETIK = "15";

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    GangguanBasisDataFilter(MessageSource messages, ITemplateEngine templates, LocaleResolver locales) {
        this.messages = messages;
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!GangguanBasisData.adalah(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            tulis(request, response);
        }
    }

    private void tulis(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", COBA_LAGI_DETIK);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String detail = messages.getMessage("galat.503.detail", null, "galat.503.detail", locale);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        response.setContentType("text/html");
        Context context = new Context(locale);
        context.setVariable("cobaLagiDetik", COBA_LAGI_DETIK);
        templates.process("error/basis-data", context, response.getWriter());
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.forLanguageTag("id-ID");
        }
    }
}
