package id.kinerja.kotakmasuk.web;

import id.kinerja.kotakmasuk.KotakMasukService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in user's own change (any request but GET/HEAD) forgets their remembered inbox count,
 * so the page they land on next counts anew. Runs after Spring Security (default filter order).
 */
@Component
class LupakanJumlahFilter extends OncePerRequestFilter {

    private final ObjectProvider<KotakMasukService> kotakMasuk;

    LupakanJumlahFilter(ObjectProvider<KotakMasukService> kotakMasuk) {
        this.kotakMasuk = kotakMasuk;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            KotakMasukService layanan = kotakMasuk.getIfAvailable();
            if (auth != null && layanan != null) {
                layanan.lupakan(auth.getName());
            }
        }
    }
}
