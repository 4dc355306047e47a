package id.kinerja.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload larger than {@code spring.servlet.multipart.max-request-size / max-file-size} fails
 * while the container parses the body. That happens first inside Spring Security's CSRF check
 * (it reads the {@code _csrf} form field), which would answer 403, or Tomcat answers its own
 * English 413. This filter runs before security, parses a multipart body once and, when a size
 * limit was hit, answers 413 itself: an Indonesian error page for the browser, problem+json under
 * /api. Per-feature limits (e.g. the Excel import's 2 MB) are checked by the feature on its form.
 * Any other body sent to /api (JSON) is bounded by {@code kinerja.api.maks-badan}: a declared
 * Content-Length above it is refused unread, a chunked body is read up to the limit and refused as
 * soon as it passes it, so no request makes the JSON reader hold more.
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100)
class BatasUnggahFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final long maksBadanApi;

    BatasUnggahFilter(MessageSource messages, LocaleResolver locales,
            @Value("${kinerja.api.maks-badan:1MB}") DataSize maksBadanApi) {
        this.messages = messages;
        this.locales = locales;
        this.maksBadanApi = maksBadanApi.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !multipart(request) && !api(request);
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!multipart(request)) {
            badanApi(request, response, chain);
            return;
        }
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

    private void badanApi(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long panjang = request.getContentLengthLong();
        if (panjang > maksBadanApi) {
            tolak(request, response);
            return;
        }
        String metode = request.getMethod();
        if (panjang >= 0 || "GET".equals(metode) || "HEAD".equals(metode) || "OPTIONS".equals(metode)) {
            // the container reads no more than the declared length
            chain.doFilter(request, response);
            return;
        }
        // chunked (no declared length): read at most one byte past the limit
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buf, 0, (int) Math.min(buf.length, maksBadanApi + 1 - isi.size()))) > 0) {
                isi.write(buf, 0, n);
                if (isi.size() > maksBadanApi) {
                    tolak(request, response);
                    return;
                }
            }
        }
        chain.doFilter(new BadanTerbaca(request, isi.toByteArray()), response);
    }

    /** A request whose (bounded) body has already been read. */
    private static final class BadanTerbaca extends HttpServletRequestWrapper {

        private final byte[] isi;

        BadanTerbaca(HttpServletRequest request, byte[] isi) {
            super(request);
            this.isi = isi;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(isi);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)));
        }

        @Override
        public int getContentLength() {
            return isi.length;
        }

        @Override
        public long getContentLengthLong() {
            return isi.length;
        }
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
        if (api(request)) {
            Locale bahasa = locales.resolveLocale(request); // the app's language (cookie, else Indonesian)
            String detail = messages.getMessage("galat.413.detail", null, "galat.413.detail", bahasa);
            String judul = messages.getMessage("galat.413.judul", null, "Content Too Large", bahasa);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + judul.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"status\":413,"
                    + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        // rendered by the error controller with templates/error/413.html (locale resolved there)
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
}
