package id.kinerja.kotakmasuk.web;

import id.kinerja.kotakmasuk.KotakMasukService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count on the navigation bar's inbox badge: only for full HTML pages of a signed-in user. */
@ControllerAdvice
class JumlahKotakMasukAdvice {

    private final ObjectProvider<KotakMasukService> kotakMasuk;

    // optional: web slices (@WebMvcTest) render pages without the modules' inbox sources
    JumlahKotakMasukAdvice(ObjectProvider<KotakMasukService> kotakMasuk) {
        this.kotakMasuk = kotakMasuk;
    }

    @ModelAttribute("jumlahKotakMasuk")
    Long jumlah(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        KotakMasukService layanan = kotakMasuk.getIfAvailable();
        return layanan == null ? null : layanan.jumlah();
    }
}
