package id.kinerja.pengguna.web;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.platform.web.ProblemGalat;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While an account must replace a password somebody else chose, every page except the change page,
 * sign-out and static files sends it to {@code /akun/password}; the API answers 403 problem+json
 * (the change is made in the browser). Runs after Spring Security (it needs the signed-in user).
 * Once a session has been seen without the flag it is not asked again: the flag is only ever set by
 * an admin's set/reset (which ends all of the account's sessions) or when the account is created.
 */
@Component
class WajibGantiPasswordFilter extends OncePerRequestFilter {

    /** Session attribute: the id of the user already seen without the flag in this session. */
    static final String SUDAH_SAH = "kinerja.passwordSah";

    private static final List<String> BEBAS = List.of(AkunPasswordController.JALUR, "/logout", "/login", "/error",
            "/favicon.ico");
    private static final List<String> AWALAN_BEBAS = List.of("/webjars/", "/css/", "/js/", "/img/", "/actuator/");

    /** Absent only in web slices without the service layer (@WebMvcTest): nothing to check there. */
    private final ObjectProvider<PenggunaService> pengguna;
    private final MessageSource pesan;
    private final LocaleResolver bahasa;

    WajibGantiPasswordFilter(ObjectProvider<PenggunaService> pengguna, MessageSource pesan, LocaleResolver bahasa) {
        this.pengguna = pengguna;
        this.pesan = pesan;
        this.bahasa = bahasa;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String jalur = request.getRequestURI().substring(request.getContextPath().length());
        PenggunaService layanan = pengguna.getIfAvailable();
        if (layanan == null || auth == null || !auth.isAuthenticated()
                || !(auth.getPrincipal() instanceof KinerjaUser user) || bebas(jalur)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession sesi = request.getSession(false);
        if (sesi != null && user.getId().equals(sesi.getAttribute(SUDAH_SAH))) {
            chain.doFilter(request, response);
            return;
        }
        if (!layanan.wajibGantiPassword(user.getId())) {
            if (sesi != null) {
                sesi.setAttribute(SUDAH_SAH, user.getId());
            }
            chain.doFilter(request, response);
            return;
        }
        if (jalur.startsWith("/api/")) {
            Locale locale = bahasa.resolveLocale(request);
            ProblemGalat.tulis(response, ProblemGalat.problem(pesan, HttpStatus.FORBIDDEN,
                    pesan.getMessage("akun.password.wajibApi", null, locale), jalur, locale));
            return;
        }
        String tujuan = request.getContextPath() + AkunPasswordController.JALUR;
        if (request.getHeader("HX-Request") != null) {
            // htmx would swap the change page into a fragment: ask it to load the whole page instead
            response.setHeader("HX-Redirect", tujuan);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(tujuan);
    }

    private static boolean bebas(String jalur) {
        return BEBAS.contains(jalur) || AWALAN_BEBAS.stream().anyMatch(jalur::startsWith);
    }
}
