package id.kinerja.platform.pdf;

import com.openhtmltopdf.extend.FSUriResolver;
import java.net.MalformedURLException;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the URLs a PDF document refers to (stylesheets, images, fonts) against the classpath
 * {@code static/} folder, the same files the browser gets: {@code css/print.css} and
 * {@code /css/print.css} both mean {@code classpath:static/css/print.css}. Anything outside that
 * folder (http, other files) is not loaded, so no template or data can make the server fetch
 * arbitrary URLs while rendering.
 */
final class StaticResourceUriResolver implements FSUriResolver {

    private static final Logger log = LoggerFactory.getLogger(StaticResourceUriResolver.class);

    private final URL root;

    StaticResourceUriResolver(URL root) {
        this.root = root;
    }

    static StaticResourceUriResolver forClasspathStatic() {
        URL root = StaticResourceUriResolver.class.getClassLoader().getResource("static/");
        if (root == null) {
            throw new IllegalStateException("classpath folder static/ not found");
        }
        return new StaticResourceUriResolver(root);
    }

    String baseUri() {
        return root.toExternalForm();
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        if (uri.startsWith("data:")) {
            return uri;
        }
        try {
            URL resolved;
            if (uri.startsWith("/") && !uri.startsWith("//")) {
                resolved = new URL(root, uri.substring(1));
            } else {
                URL base = baseUri == null || baseUri.isBlank() ? root : new URL(baseUri);
                resolved = new URL(base, uri);
            }
            String result = resolved.toExternalForm();
            if (result.startsWith(root.toExternalForm()) && !result.contains("/../")) {
                return result;
            }
        } catch (MalformedURLException e) {
            // falls through: not loaded
        }
        log.warn("PDF: not loading {} (only files under the classpath static/ folder are used)", uri);
        return null;
    }
}
