package id.kinerja.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaApplication;
import id.kinerja.platform.database.EmbeddedPostgresServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, "two instances, one database": instance A starts on its own embedded PostgreSQL,
 * instance B on A's database as an external one, both on real HTTP ports, like two nodes behind a
 * load balancer. Flyway ran once (on A), a session made on A works on B, a stale save on B after A
 * saved is a 409 and A's change is kept, and a job under a ShedLock lock runs once for both.
 */
class DuaInstansiTest {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static Timestamp sebelumB;

    /** A job like a reminder mailing: a counter instead of mail. Not scanned: added as a source. */
    public static class PengingatUji {
        static final AtomicInteger JALAN = new AtomicInteger();

        @SchedulerLock(name = "uji-pengingat", lockAtLeastFor = "PT1M")
        public void kirim() {
            JALAN.incrementAndGet();
        }
    }

    @BeforeAll
    static void mulai() {
        a = new SpringApplicationBuilder(KinerjaApplication.class, PengingatUji.class).run("--server.port=0",
                "--kinerja.embedded-db.data-dir=", "--kinerja.demo.enabled=true");
        String url = a.getBean(EmbeddedPostgresServer.class).postgres().getJdbcUrl("postgres", "postgres");
        sebelumB = new JdbcTemplate(a.getBean(DataSource.class))
                .queryForObject("select localtimestamp", Timestamp.class);
        b = new SpringApplicationBuilder(KinerjaApplication.class, PengingatUji.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--kinerja.demo.enabled=true");
    }

    @AfterAll
    static void berhenti() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static int port(ConfigurableApplicationContext c) {
        return ((WebServerApplicationContext) c).getWebServer().getPort();
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(a.getBean(DataSource.class));
    }

    // one browser: cookies do not depend on the port, as behind a load balancer
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(ConfigurableApplicationContext c, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(c) + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext c, String path, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(c) + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void masukDi(ConfigurableApplicationContext c) throws Exception {
        String token = csrf(get(c, "/login").body());
        HttpResponse<String> r = post(c, "/login", Map.of("username", "admin", "password", "demo", "_csrf", token));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void flywayMigratedOnceOnTheFirstInstance() {
        Integer versi = jdbc().queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        Integer ganda = jdbc().queryForObject("select count(*) - count(distinct version) from flyway_schema_history "
                + "where version is not null", Integer.class);
        Integer olehB = jdbc().queryForObject("select count(*) from flyway_schema_history where installed_on >= ?",
                Integer.class, sebelumB);
        assertThat(versi).isPositive();
        assertThat(ganda).isZero();
        assertThat(olehB).as("migrations applied while B started").isZero();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
        masukDi(a);
        HttpResponse<String> diB = get(b, "/");
        assertThat(diB.statusCode()).isEqualTo(200);
        assertThat(diB.body()).contains("admin");
        // and the session's CSRF token too: B accepts a logout posted with the token A issued
        String token = csrf(get(a, "/").body());
        assertThat(post(b, "/logout", Map.of("_csrf", token)).headers().firstValue("Location").orElse(""))
                .contains("/login?keluar");
        assertThat(get(a, "/").statusCode()).isEqualTo(302);
    }

    @Test
    void aStaleSaveOnTheOtherInstanceIsAConflictAndNothingIsLost() throws Exception {
        masukDi(a);
        Map<String, Object> u = jdbc().queryForMap("select id, induk_id, kode, nama, jenis, pemilik_peta, "
                + "coalesce(jabatan_kepala, '') as jabatan_kepala, urutan, version from unit where kode = 'KBRI-TOKYO-EKO'");
        long id = ((Number) u.get("id")).longValue();
        String tokenA = csrf(get(a, "/admin/unit/" + id + "/ubah").body());
        String tokenB = csrf(get(b, "/admin/unit/" + id + "/ubah").body());
        Map<String, String> form = Map.of("indukId", u.get("induk_id").toString(), "kode", u.get("kode").toString(),
                "jenis", u.get("jenis").toString(), "pemilikPeta", u.get("pemilik_peta").toString(),
                "jabatanKepala", u.get("jabatan_kepala").toString(), "urutan", u.get("urutan").toString(),
                "version", u.get("version").toString());

        Map<String, String> dariA = new HashMap<>(form);
        dariA.put("nama", "Fungsi Ekonomi KBRI Tokyo (disimpan di A)");
        dariA.put("_csrf", tokenA);
        HttpResponse<String> simpanA = post(a, "/admin/unit/" + id, dariA);
        assertThat(simpanA.statusCode()).isEqualTo(302);

        Map<String, String> dariB = new HashMap<>(form);
        dariB.put("nama", "Fungsi Ekonomi KBRI Tokyo (versi lama di B)");
        dariB.put("_csrf", tokenB);
        HttpResponse<String> simpanB = post(b, "/admin/unit/" + id, dariB);
        assertThat(simpanB.statusCode()).isEqualTo(409);
        assertThat(simpanB.body()).contains("baru saja diubah oleh pengguna lain");

        assertThat(jdbc().queryForObject("select nama from unit where id = ?", String.class, id))
                .isEqualTo("Fungsi Ekonomi KBRI Tokyo (disimpan di A)");
    }

    @Test
    void aLockedJobRunsOnceAcrossBothInstances() throws Exception {
        int awal = PengingatUji.JALAN.get();
        Thread diA = new Thread(() -> a.getBean(PengingatUji.class).kirim());
        Thread diB = new Thread(() -> b.getBean(PengingatUji.class).kirim());
        diA.start();
        diB.start();
        diA.join(30_000);
        diB.join(30_000);
        b.getBean(PengingatUji.class).kirim();
        assertThat(PengingatUji.JALAN.get() - awal).isEqualTo(1);
        assertThat(jdbc().queryForObject("select count(*) from shedlock where name = 'uji-pengingat'", Integer.class))
                .isEqualTo(1);
    }
}
