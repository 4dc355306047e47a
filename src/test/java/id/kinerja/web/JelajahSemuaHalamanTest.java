package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks the demo as its users do: from "/" every same-app link each account is shown, GET only,
 * breadth-first, in Indonesian and (for a few accounts) in English. A page must not fail (5xx), must
 * not print a missing message key, an unprocessed expression or a bare {@code null}, and must not
 * show its user a link the user cannot open (4xx). Numeric ids are collapsed into "shapes" and only
 * a few URLs of each shape are fetched, so one unit's fifty IKU pages cost three requests.
 */
@IntegrationTest
class JelajahSemuaHalamanTest {

    /**
     * {@code -Dkinerja.jelajah.penuh=true}: every demo account, two URLs per shape, each its own
     * downloads (~10 min; how the defects in docs/jelajah.md were found). Without it a walk that
     * fits the suite (~1 min): one account per role and organisation, one URL per shape, and a
     * download shape fetched once per class (the first, least privileged, account that is shown it).
     */
    private static final boolean PENUH = Boolean.getBoolean("kinerja.jelajah.penuh");
    /**
     * Distinct URLs fetched per account and language, breadth-first (nearest pages first). Quick
     * mode on the 2-core machine (2026-11-30): 443 URLs in 34 s over the 6 walks (most end before
     * the bound); with three other helpers' builds running expect about twice that.
     */
    private static final int BATAS_URL = PENUH ? 400 : 80;
    /** URLs fetched per shape: a second unit of a kind shows links the first did not. */
    private static final int BATAS_PER_BENTUK = PENUH ? 2 : 1;
    /** Download shapes already fetched by an earlier walk of this class (quick mode only). */
    private static final Set<String> UNDUHAN_DIAMBIL = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern UNDUHAN = Pattern.compile("\\.(pdf|docx|xlsx|csv|zip)$");

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\shref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern KUNCI_HILANG = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");
    private static final Pattern NULL_TERLIHAT = Pattern.compile(">\\s*null\\s*<");
    private static final Pattern SKRIP = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANGKA = Pattern.compile("\\d+");
    /** A unit code in a path (KBRI-TOKYO, M-SESDEP1, ROREN-PK-EVA-01) or a query value. */
    private static final Pattern KODE = Pattern.compile("(?<=/)[A-Z][A-Z0-9-]+(?=/|$|\\.|\\?)");
    private static final Pattern NILAI = Pattern.compile("=[^&]*");

    /**
     * Links a user is shown that answer 4xx on purpose, as "account path-shape" → why. Empty: every
     * link a page shows its user opens.
     */
    private static final Map<String, String> DIIZINKAN = Map.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static Stream<Arguments> akun() {
        List<Arguments> out = new ArrayList<>();
        if (!PENUH) {
            // least privileged first: they fetch the downloads they are shown (see UNDUHAN_DIAMBIL)
            for (String a : List.of("kemenlu.perencana", "kemenlu.validator", "kemenlu.sdm", "admin")) {
                out.add(Arguments.of(a, "id"));
            }
            out.add(Arguments.of("kemenlu.perencana", "en"));
            out.add(Arguments.of("marves.pko", "en"));
            return out.stream();
        }
        for (String a : List.of("admin", "kemenlu.pko", "kemenlu.pkounit", "kemenlu.perencana", "kemenlu.perencana2",
                "kemenlu.pimpinan", "kemenlu.pimpinan2", "kemenlu.validator", "kemenlu.analis", "kemenlu.kasubbag",
                "kemenlu.sdm", "marves.pko", "marves.pkounit", "marves.perencana", "marves.pimpinan",
                "marves.validator")) {
            out.add(Arguments.of(a, "id"));
        }
        for (String a : List.of("kemenlu.pko", "kemenlu.perencana", "kemenlu.sdm", "marves.validator")) {
            out.add(Arguments.of(a, "en"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("akun")
    void everyLinkShownOpensAndRendersCleanly(String akun, String bahasa) throws Exception {
        long mulai = System.nanoTime();
        UserDetails pengguna = users.loadUserByUsername(akun);
        Deque<String[]> antrean = new ArrayDeque<>(); // {url, the page that showed it}
        Set<String> terlihat = new LinkedHashSet<>();
        Map<String, Integer> perBentuk = new HashMap<>();
        Map<String, String> cacat = new LinkedHashMap<>();
        antrean.add(new String[] {"/", "(start)"});
        terlihat.add("/");
        int diambil = 0;
        List<String> lambat = new ArrayList<>();
        while (!antrean.isEmpty() && diambil < BATAS_URL) {
            String[] item = antrean.poll();
            String url = item[0];
            String asal = item[1];
            if (url.startsWith("MALFORMED:")) {
                cacat.put(url, "malformed link (on " + asal + ")");
                continue;
            }
            MockHttpServletRequestBuilder req = get(new URI(url)).with(user(pengguna));
            if (bahasa.equals("en")) {
                req = req.cookie(new Cookie("KINERJA_LANG", "en"));
            }
            long t0 = System.nanoTime();
            MockHttpServletResponse res = mvc.perform(req).andReturn().getResponse();
            long tMs = (System.nanoTime() - t0) / 1_000_000;
            if (tMs > 300) {
                lambat.add(tMs + "ms " + url);
            }
            diambil++;
            int status = res.getStatus();
            if (status >= 500) {
                cacat.put(url, status + " (linked from " + asal + ")");
                continue;
            }
            if (status >= 400) {
                String kunci = akun + " " + bentuk(url);
                if (!DIIZINKAN.containsKey(kunci)) {
                    cacat.put(url, status + " shown but refused (linked from " + asal + ")");
                }
                continue;
            }
            if (status >= 300) {
                String lokasi = res.getRedirectedUrl();
                String lanjut = lokasi == null ? null : normal(lokasi, url);
                if (lanjut != null) {
                    antre(lanjut, url, antrean, terlihat, perBentuk);
                }
                continue;
            }
            String jenis = res.getContentType();
            if (jenis == null || !jenis.startsWith("text/html")) {
                continue; // a download: it answered without failing, that is all we ask of it
            }
            String html = res.getContentAsString(StandardCharsets.UTF_8);
            periksa(url, html, cacat);
            Matcher m = HREF.matcher(html);
            while (m.find()) {
                String lanjut = normal(m.group(1).replace("&amp;", "&"), url);
                if (lanjut != null) {
                    antre(lanjut, url, antrean, terlihat, perBentuk);
                }
            }
        }
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        System.out.printf("JELAJAH %s (%s): %d URLs fetched, %d seen, %d queued, %d ms%n", akun, bahasa, diambil,
                terlihat.size(), antrean.size(), ms);
        lambat.forEach(l -> System.out.println("JELAJAH-LAMBAT " + akun + " " + l));
        cacat.forEach((u, alasan) -> System.out.println("JELAJAH-CACAT " + akun + " (" + bahasa + ") " + u + " -> " + alasan));
        assertThat(cacat).as("defects on the pages %s (%s) walked", akun, bahasa).isEmpty();
    }

    private static void periksa(String url, String html, Map<String, String> cacat) {
        String teks = SKRIP.matcher(html).replaceAll("");
        List<String> temuan = new ArrayList<>();
        Matcher k = KUNCI_HILANG.matcher(teks);
        while (k.find()) {
            temuan.add("missing message " + k.group());
        }
        Matcher n = NULL_TERLIHAT.matcher(teks);
        while (n.find()) {
            int awal = Math.max(0, n.start() - 120);
            temuan.add("bare null near: " + teks.substring(awal, n.end()).replaceAll("\\s+", " "));
        }
        for (String sisa : List.of("${", "#{")) {
            int i = teks.indexOf(sisa);
            if (i >= 0) {
                temuan.add("unprocessed " + teks.substring(Math.max(0, i - 60), Math.min(teks.length(), i + 60))
                        .replaceAll("\\s+", " "));
            }
        }
        if (!temuan.isEmpty()) {
            cacat.put(url, String.join("; ", new LinkedHashSet<>(temuan)));
        }
    }

    private void antre(String url, String asal, Deque<String[]> antrean, Set<String> terlihat,
            Map<String, Integer> perBentuk) {
        if (!terlihat.add(url)) {
            return;
        }
        String b = bentuk(url);
        if (!PENUH && UNDUHAN.matcher(b.split("\\?")[0]).find() && !UNDUHAN_DIAMBIL.add(b)) {
            return;
        }
        int n = perBentuk.merge(b, 1, Integer::sum);
        if (n <= BATAS_PER_BENTUK) {
            antrean.add(new String[] {url, asal});
        }
    }

    /**
     * The URL's shape: unit codes as {@code K}, digits as {@code #}, query values dropped (names
     * kept). One IKU page stands for all of them, one unit's dashboard for every unit's.
     */
    static String bentuk(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : "?" + NILAI.matcher(url.substring(q + 1)).replaceAll("=");
        return ANGKA.matcher(KODE.matcher(path).replaceAll("K")).replaceAll("#") + query;
    }

    /**
     * The same-app path+query a link points to, or null for what a user would not GET as a page
     * here: other sites, fragments, logout, deletions and the language switch (each walk keeps one
     * language, the English walk is its own run).
     */
    static String normal(String href, String dari) {
        String h = href.trim();
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("javascript:") || h.startsWith("mailto:")
                || h.startsWith("tel:") || h.startsWith("data:")) {
            return null;
        }
        if (h.startsWith("http://localhost")) {
            h = h.substring("http://localhost".length());
            if (h.startsWith(":")) {
                int garis = h.indexOf('/');
                h = garis < 0 ? "/" : h.substring(garis);
            }
        } else if (h.contains("://") || h.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI("http://localhost" + dari).resolve(new URI(h));
        } catch (URISyntaxException e) {
            return "MALFORMED:" + h;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (path.startsWith("/logout") || path.contains("/hapus")) {
            return null;
        }
        String query = uri.getRawQuery();
        if (query != null) {
            StringBuilder q = new StringBuilder();
            for (String p : query.split("&")) {
                if (p.isEmpty() || p.startsWith("lang=")) {
                    continue;
                }
                q.append(q.length() == 0 ? "" : "&").append(p);
            }
            query = q.length() == 0 ? null : q.toString();
        }
        return query == null ? path : path + "?" + query;
    }
}
