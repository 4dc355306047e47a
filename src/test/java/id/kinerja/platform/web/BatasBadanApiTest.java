package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

/**
 * The /api body limit of {@link BatasUnggahFilter} for a body without a declared length (chunked):
 * read up to the limit and passed on intact, one byte more is a 413 problem+json.
 */
class BatasBadanApiTest {

    private final StaticMessageSource pesan = new StaticMessageSource();
    private final BatasUnggahFilter filter;

    BatasBadanApiTest() {
        pesan.addMessage("galat.413.detail", Locale.forLanguageTag("id"), "Terlalu besar");
        filter = new BatasUnggahFilter(pesan,
                new org.springframework.web.servlet.i18n.FixedLocaleResolver(Locale.forLanguageTag("id")),
                DataSize.ofBytes(1000));
    }

    /** A request as a chunked body arrives: no Content-Length. */
    private static MockHttpServletRequest bertahap(String uri, int panjang) {
        MockHttpServletRequest r = new MockHttpServletRequest("PUT", uri) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        r.setContentType("application/json");
        r.addHeader("Transfer-Encoding", "chunked");
        r.setContent("x".repeat(panjang).getBytes(StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void aChunkedBodyUpToTheLimitReachesTheControllerIntact() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse res = new MockHttpServletResponse();
        filter.doFilter(bertahap("/api/v1/realisasi/X/2026/A/TW1", 1000), res, chain);
        HttpServletRequest diteruskan = (HttpServletRequest) chain.getRequest();
        assertThat(diteruskan).isNotNull();
        assertThat(StreamUtils.copyToString(diteruskan.getInputStream(), StandardCharsets.UTF_8))
                .isEqualTo("x".repeat(1000));
        assertThat(res.getStatus()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413AndNeverReachesTheController() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse res = new MockHttpServletResponse();
        filter.doFilter(bertahap("/api/v1/scoring/calculate", 1001), res, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString()).contains("\"status\":413").contains("Terlalu besar");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnreadAndPagesAreNotConcerned() throws Exception {
        MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/v1/scoring/calculate");
        api.setContentType("application/json");
        api.setContent(new byte[1001]);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse res = new MockHttpServletResponse();
        filter.doFilter(api, res, chain);
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();

        // a page's form post is not an API body (Tomcat's own form limit applies there)
        MockHttpServletRequest halaman = new MockHttpServletRequest("POST", "/perencanaan/pk/1/kembalikan");
        halaman.setContentType("application/x-www-form-urlencoded");
        halaman.setContent(new byte[1001]);
        MockFilterChain chain2 = new MockFilterChain();
        filter.doFilter(halaman, new MockHttpServletResponse(), chain2);
        assertThat(chain2.getRequest()).isSameAs(halaman);
    }
}
