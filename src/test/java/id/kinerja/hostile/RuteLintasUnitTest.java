package id.kinerja.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every route the application serves, taken from the request mappings (so a route added tomorrow
 * is attacked tomorrow), tried by several demo users with the ids of a unit they may not touch:
 * another ministry's and a unit of their own ministry outside their reach. A route with path
 * variables must answer 403 or 404; a route without any must be on {@link #TANPA_ID} (it answers
 * only within the user's reach), otherwise the build fails. Nothing may answer 5xx.
 */
@IntegrationTest
class RuteLintasUnitTest {

    private static final Logger log = LoggerFactory.getLogger(RuteLintasUnitTest.class);

    /**
     * Routes without an id in the path, each scoped by the user's reach inside its service (lists,
     * the start page, forms whose targets are checked on save) or public. A new route without a
     * path variable fails the build until it is added here, deliberately.
     */
    static final Set<String> TANPA_ID = Set.of(
            "GET /", "GET /login", "GET /unit", "GET /perencanaan", "GET /realisasi",
            "GET /simulasi", "POST /simulasi", "POST /simulasi/hitung", "GET /kotak-masuk",
            "GET /admin/audit", "GET /admin/tahun", "GET /admin/organisasi", "POST /admin/organisasi",
            "GET /admin/rulebook", "GET /admin/unit/baru", "POST /admin/unit",
            "GET /admin/pengguna", "GET /admin/pengguna/baru", "POST /admin/pengguna",
            "GET /api/v1/unit", "POST /api/v1/scoring/calculate",
            "GET /validasi",
            "GET /dialog",
            "GET /kalender", "GET /kalender/kepatuhan", "GET /kalender/kepatuhan.xlsx", "GET /notifikasi",
            "POST /notifikasi/baca-semua",
            "GET /laporan",
            "GET /dasbor", "GET /dasbor/cetak", "GET /dasbor/cetak.pdf", "GET /dasbor/excel", "GET /dasbor/peringkat",
            "GET /dasbor/peringkat/excel", "GET /dasbor/matriks", "GET /dasbor/matriks/cetak",
            "GET /dasbor/matriks/cetak.pdf", "GET /dasbor/matriks/excel",
            "GET /penilaian",
            "GET /kalender/libur", "POST /kalender/libur",
            "GET /akun/password", "POST /akun/password");

    /**
     * Routes with an id that is not a unit's: rulebooks are published regulations any manager may
     * read (saving one is checked against KELOLA_RULEBOOK in RulebookService, see RulebookAdminTest).
     */
    static final Set<String> ID_BUKAN_UNIT = Set.of("GET /admin/rulebook/{kode}", "POST /admin/rulebook/{kode}",
            // national holidays: one list for every ministry, changed by the super admin only (HariLiburWebTest)
            "POST /kalender/libur/{tanggal}/hapus");

    /** The servlet container's error path: not a route a user is sent to. */
    static final Set<String> BUKAN_RUTE = Set.of("GET /error", "POST /error");

    /**
     * Attacker → victim unit (and a user who holds a role only there): every role, both ministries,
     * each against another ministry or a unit of their own ministry outside their reach.
     */
    private static final List<String[]> SERANGAN = List.of(
            new String[] {"kemenlu.perencana", "M-ASDEP-EN"}, new String[] {"kemenlu.pkounit", "ASPASAF"},
            new String[] {"kemenlu.pimpinan", "M-ASDEP-EN"}, new String[] {"kemenlu.validator", "M-ASDEP-EN"},
            new String[] {"kemenlu.pko", "M-ASDEP-EN"}, new String[] {"marves.perencana", "M-DEP2"},
            new String[] {"marves.pkounit", "ROREN"}, new String[] {"marves.pimpinan", "M-DEP2"},
            new String[] {"marves.validator", "ROREN"}, new String[] {"marves.pko", "ROREN"});

    private static final Map<String, String> PENGGUNA_KORBAN = Map.of("M-ASDEP-EN", "marves.perencana",
            "ASPASAF", "kemenlu.pimpinan2", "ROREN", "kemenlu.perencana", "M-DEP2", "hostile.dep2");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Rute(HttpMethod method, String pattern, HandlerMethod handler) {

        String kunci() {
            return method + " " + pattern;
        }

        boolean adaVariabel() {
            return pattern.contains("{");
        }
    }

    static List<Rute> semuaRute(RequestMappingHandlerMapping mappings) {
        List<Rute> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString)
                            .collect(Collectors.toSet())
                    : info.getPatternValues();
            Set<HttpMethod> methods = new LinkedHashSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
                methods.add(HttpMethod.POST);
            }
            for (String p : patterns) {
                for (HttpMethod m : methods) {
                    if (m == HttpMethod.GET || m == HttpMethod.POST) {
                        out.add(new Rute(m, p, e.getValue()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Rute::kunci));
        return out;
    }

    @BeforeAll
    static void penggunaKorbanDep2(@Autowired JdbcTemplate jdbc) {
        // a user whose only role is on M-DEP2 (no demo account has one)
        if (jdbc.queryForList("select id from pengguna where username = 'hostile.dep2'", Long.class).isEmpty()) {
            Long id = jdbc.queryForObject("""
                    insert into pengguna (username, nama, password_hash) values ('hostile.dep2', 'Korban Deputi 2', 'x')
                    returning id""", Long.class);
            jdbc.update("insert into penugasan (pengguna_id, unit_id, peran) values (?, "
                    + "(select id from unit where kode = 'M-DEP2'), 'PERENCANA')", id);
        }
    }

    @Test
    void everyRouteWithAnIdIsClosedToOtherUnitsAndEveryOtherRouteIsListed() throws Exception {
        List<Rute> rute = semuaRute(mappings).stream().filter(r -> !BUKAN_RUTE.contains(r.kunci())).toList();
        Set<String> tanpaAturan = new TreeSet<>();
        for (Rute r : rute) {
            if (!r.adaVariabel() && !TANPA_ID.contains(r.kunci())) {
                tanpaAturan.add(r.kunci() + " (" + r.handler().getShortLogMessage() + ")");
            }
        }
        assertThat(tanpaAturan).as("routes without a path variable must be listed in TANPA_ID, after checking "
                + "that they only answer within the user's reach").isEmpty();

        Map<String, Korban> korban = new LinkedHashMap<>();
        for (String[] s : SERANGAN) {
            korban.computeIfAbsent(s[1], k -> Korban.dari(jdbc, k, PENGGUNA_KORBAN.get(k)));
        }
        List<String> bocor = new ArrayList<>();
        Map<Integer, Integer> status = new TreeMap<>();
        int dicoba = 0;
        Map<String, Long> waktu = new HashMap<>();
        long mulai = System.nanoTime();
        for (String[] s : SERANGAN) {
            Korban k = korban.get(s[1]);
            for (Rute r : rute) {
                long t0 = System.nanoTime();
                MvcResult hasil = mvc.perform(permintaan(r, k, s[0])).andReturn();
                waktu.merge(r.kunci(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
                int kode = hasil.getResponse().getStatus();
                status.merge(kode, 1, Integer::sum);
                dicoba++;
                if (kode >= 500 || kode == 401) {
                    bocor.add(r.kunci() + " as " + s[0] + " on " + s[1] + " → " + kode);
                } else if (r.adaVariabel() && kode != 403 && kode != 404 && !ID_BUKAN_UNIT.contains(r.kunci())) {
                    bocor.add(r.kunci() + " as " + s[0] + " on " + s[1] + " → " + kode);
                } else if (!r.adaVariabel() && kode < 300
                        && hasil.getResponse().getContentAsString().contains(k.namaUnit())) {
                    bocor.add(r.kunci() + " as " + s[0] + " shows " + k.namaUnit());
                }
            }
        }
        log.info("Hostile routes: {} routes × {} attacker/victim pairs = {} requests in {} ms; statuses {}",
                rute.size(), SERANGAN.size(), dicoba, (System.nanoTime() - mulai) / 1_000_000, status);
        log.info("Hostile routes, slowest (ms over all pairs): {}", waktu.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
        assertThat(bocor).isEmpty();
    }

    private AbstractMockHttpServletRequestBuilder<?> permintaan(Rute r, Korban k, String username) {
        Map<String, Object> variabel = new LinkedHashMap<>();
        for (String v : variabelDari(r.pattern())) {
            Object nilai = k.nilai(r.pattern(), v);
            if (nilai == null) {
                throw new AssertionError("The hostile suite does not know path variable {" + v + "} of "
                        + r.kunci() + ": teach Korban.nilai which record it names");
            }
            variabel.put(v, nilai);
        }
        String url = UriComponentsBuilder.fromPath(r.pattern()).buildAndExpand(variabel)
                .toUriString();
        boolean multipart = Arrays.stream(r.handler().getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
        AbstractMockHttpServletRequestBuilder<?> b;
        if (multipart && r.method() == HttpMethod.POST) {
            var mb = MockMvcRequestBuilders.multipart(url);
            for (MethodParameter p : r.handler().getMethodParameters()) {
                if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                    mb.file(new MockMultipartFile(namaParameter(p), "serangan.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1, 2, 3}));
                }
            }
            b = mb;
        } else {
            b = MockMvcRequestBuilders.request(r.method(), url);
        }
        for (MethodParameter p : r.handler().getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null || Map.class.isAssignableFrom(p.getParameterType())
                    || MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                continue;
            }
            b.param(namaParameter(p), nilaiParameter(p, k, r.pattern()));
        }
        // signed in directly (not by password: another test may have changed a demo password)
        b.with(user(users.loadUserByUsername(username))).with(csrf());
        if (r.pattern().startsWith("/api/") && r.method() == HttpMethod.POST) {
            b.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return b;
    }

    static List<String> variabelDari(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}:]+)").matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String namaParameter(MethodParameter p) {
        RequestParam rp = p.getParameterAnnotation(RequestParam.class);
        if (rp != null && !rp.name().isEmpty()) {
            return rp.name();
        }
        RequestPart part = p.getParameterAnnotation(RequestPart.class);
        if (part != null && !part.name().isEmpty()) {
            return part.name();
        }
        p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return p.getParameterName();
    }

    /** A plausible value, the victim's id wherever the parameter names a record. */
    private static String nilaiParameter(MethodParameter p, Korban k, String pattern) {
        String nama = namaParameter(p);
        Class<?> t = p.getParameterType();
        if (pattern.startsWith("/dasbor") && nama.equals("unit")) {
            return String.valueOf(k.nilai(pattern, "unitKode")); // the dashboards name units by code
        }
        Object id = switch (nama) {
            case "unit", "unitId", "indukId" -> k.unitId();
            case "pendukungId" -> k.ikuId();
            case "ss", "ssId" -> k.ssId();
            case "tahun" -> 2026;
            case "mulaiTriwulan" -> 3;
            case "jumlah" -> 4;
            case "version", "halaman" -> 0;
            default -> k.nilai(pattern, nama);
        };
        if (id != null) {
            return id.toString();
        }
        if (t.isEnum()) {
            return ((Enum<?>) t.getEnumConstants()[0]).name();
        }
        if (t == boolean.class || t == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
            return "1";
        }
        if (t == LocalDate.class) {
            return "2026-06-30";
        }
        return "uji";
    }
}
