package id.kinerja.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the current path (active menu item, language switch links). */
@ControllerAdvice
class ShellModelAdvice {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The page itself in another language: the query string (e.g. {@code ?tahun=2026}) is kept, only {@code lang} changes. */
    @ModelAttribute("urlBahasa")
    Map<String, String> urlBahasa(HttpServletRequest request) {
        String path = currentPath(request);
        String query = request.getQueryString();
        if (query != null && query.length() > 2000) {
            query = null;
        }
        Map<String, String> hasil = new HashMap<>();
        for (String lang : new String[] {"id", "en"}) {
            hasil.put(lang, UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", lang)
                    .build().toUriString());
        }
        return hasil;
    }
}
