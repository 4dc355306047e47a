package id.kinerja.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json answers of /api/**: title and detail from the message bundle (Indonesian by
 * default), the request path as {@code instance}. Used by the API advice, the error controller and
 * the API's security handlers, so a machine client gets one shape for every refusal.
 */
public final class ProblemGalat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemGalat() {
    }

    public static boolean api(HttpServletRequest request, String uri) {
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    public static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String detail, String instance) {
        return problem(messages, status, detail, instance, LocaleContextHolder.getLocale());
    }

    /** As above in the given language: filters run before MVC has resolved the user's locale. */
    public static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String detail, String instance,
            java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        String judul = "galat." + status.value() + ".judul";
        HttpStatus bawaan = HttpStatus.resolve(status.value());
        problem.setTitle(messages.getMessage(judul, null, bawaan == null ? judul : bawaan.getReasonPhrase(), locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance.replace(" ", "%20")));
        }
        return problem;
    }

    /** The detail text {@code galat.<status>.detail}, or the status' reason phrase. */
    public static String detail(MessageSource messages, HttpStatusCode status) {
        HttpStatus bawaan = HttpStatus.resolve(status.value());
        return messages.getMessage("galat." + status.value() + ".detail", null,
                bawaan == null ? String.valueOf(status.value()) : bawaan.getReasonPhrase(),
                LocaleContextHolder.getLocale());
    }

    /** The problem's members as Boot's error controller and a filter can write them. */
    public static Map<String, Object> peta(ProblemDetail p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.getType() == null ? "about:blank" : p.getType().toString());
        m.put("title", p.getTitle());
        m.put("status", p.getStatus());
        m.put("detail", p.getDetail());
        if (p.getInstance() != null) {
            m.put("instance", p.getInstance().toString());
        }
        if (p.getProperties() != null) {
            m.putAll(p.getProperties());
        }
        return m;
    }

    /** Writes the problem where no message converter runs (security handlers, the error page). */
    public static void tulis(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(peta(problem)));
    }

    public static ResponseEntity<ProblemDetail> jawab(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
