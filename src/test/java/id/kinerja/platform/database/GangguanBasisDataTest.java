package id.kinerja.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10, finding 8: PostgreSQL stopped under a running application. Requests get a 503 within
 * the connection timeout (Indonesian page, problem+json under /api), readiness goes DOWN while
 * liveness stays UP, and after PostgreSQL is started again everything works without a restart,
 * the session included. Its own context and its own embedded PostgreSQL (a persistent directory
 * under target/), so the shared test context is never disturbed; closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kinerja.demo.enabled=false",
        "kinerja.bootstrap-admin.username=admin",
        "kinerja.bootstrap-admin.password=Gangguan-uji-2026-panjang",
        "spring.datasource.hikari.connection-timeout=2000"
})
@DirtiesContext
class GangguanBasisDataTest {

    private static final Path DATA = Path.of("target", "test-gangguan-db").toAbsolutePath();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> s = Files.walk(DATA)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        registry.add("kinerja.embedded-db.data-dir", DATA::toString);
    }

    @Autowired
    EmbeddedPostgresServer server;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "id-ID").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A probe as a load balancer sends it: no cookies, so no session look-up. */
    private int probe(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void masuk() throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Gangguan-uji-2026-panjang&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void anOutageIsSeenAnsweredWith503AndSurvivedWithoutRestart() throws Exception {
        masuk();
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(probe("/actuator/health/readiness")).isEqualTo(200);

        server.stop();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> beranda = get("/");
            System.out.printf("outage: first page answered %d after %d ms%n", beranda.statusCode(),
                    (System.nanoTime() - t0) / 1_000_000);
            assertThat(beranda.statusCode()).isEqualTo(503);
            assertThat(beranda.headers().firstValue("Retry-After")).hasValue("15");
            assertThat(beranda.body()).contains("Basis data sedang tidak dapat dihubungi");

            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/login")).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isIn(200, 503);

            String basic = Base64.getEncoder().encodeToString("admin:Gangguan-uji-2026-panjang".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/unit"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

            assertThat(probe("/actuator/health/readiness")).isEqualTo(503);
            assertThat(probe("/actuator/health/liveness")).isEqualTo(200);
        } finally {
            server.restart();
        }

        long t0 = System.nanoTime();
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = probe("/actuator/health/readiness");
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        System.out.printf("outage: ready again %d ms after PostgreSQL was restarted%n",
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(status).isEqualTo(200);
        // the session lived in PostgreSQL and survived the outage
        HttpResponse<String> beranda = get("/");
        assertThat(beranda.statusCode()).isEqualTo(200);
        assertThat(beranda.body()).contains("admin");
    }
}
