package id.kinerja.skala.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 50 users of different reach (PKO pusat, heads of Eselon I, planners of Eselon II, PKO of missions;
 * the accounts the generator wrote to skala.akun) sign in and walk their pages for a few minutes
 * with a think time. Pages: skala.halaman, comma-separated from pk, realisasi, api, dasbor, drill
 * (dashboard drill-down to an SS and its first IKU), matriks (Matriks NCKO), matriks-pdf. Gatling
 * prints p50/p75/p95/p99 and errors per request.
 */
public class JelajahSimulation extends Simulation {

    private static String p(String nama, String bawaan) {
        return System.getProperty(nama, bawaan);
    }

    private final String url = p("skala.url", "http://localhost:8080");
    private final String akun = p("skala.akun", "target/skala-akun.csv");
    private final String sandi = p("skala.kata-sandi", "skala-uji");
    private final int pengguna = Integer.parseInt(p("skala.pengguna", "50"));
    private final Duration durasi = Duration.ofSeconds(Long.parseLong(p("skala.durasi-detik", "180")));
    private final Duration jeda = Duration.ofMillis(Long.parseLong(p("skala.jeda-ms", "1000")));
    private final int tahun = Integer.parseInt(p("skala.tahun", "2026"));
    private final String sd = p("skala.sd", "TW3");
    private final List<String> halaman = Arrays.asList(p("skala.halaman", "dasbor,drill,matriks").split(","));

    private final HttpProtocolBuilder protokol = http.baseUrl(url).acceptHeader("text/html,application/json")
            .acceptLanguageHeader("id-ID").disableCaching();

    private final ChainBuilder masuk = exec(
            http("login (halaman)").get("/login").check(status().is(200),
                    regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"").saveAs("csrf")),
            http("login (kirim)").post("/login").formParam("username", "#{username}").formParam("password", sandi)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocation().transform(l -> !l.contains("/login")).is(true)));

    private ChainBuilder jalan() {
        List<ChainBuilder> langkah = new ArrayList<>();
        int tw = Integer.parseInt(sd.replaceAll("\\D", ""));
        for (String h : halaman) {
            switch (h.trim()) {
                case "pk" -> langkah.add(exec(http("PK").get("/perencanaan/pk/#{pkId}").check(status().is(200)))
                        .pause(jeda));
                case "realisasi" -> langkah.add(exec(http("realisasi").get("/realisasi/unit/#{unitId}/" + tahun + "/" + tw)
                        .check(status().is(200))).pause(jeda));
                case "api" -> langkah.add(exec(http("api capaian").get("/api/v1/capaian/#{unit}/" + tahun + "?sd=" + sd)
                        .basicAuth("#{username}", sandi).header("Accept", "application/json")
                        .check(status().is(200))).pause(jeda));
                case "dasbor" -> langkah.add(exec(http("dasbor").get("/dasbor?unit=#{unit}&tahun=" + tahun + "&sd=" + sd)
                        .check(status().is(200))).pause(jeda));
                // drill-down: the SS level (every generated PK has S1), then the first IKU it lists
                case "drill" -> langkah.add(exec(http("dasbor drill SS").get("/dasbor?unit=#{unit}&tahun=" + tahun
                        + "&sd=" + sd + "&perspektif=STAKEHOLDER&ss=S1").check(status().is(200),
                                regex("[?&;]iku=([^&\"#]+)").find().optional().saveAs("ikuKode"))).pause(jeda)
                        .doIf("#{ikuKode.exists()}").then(exec(http("dasbor drill IKU").get("/dasbor?unit=#{unit}&tahun="
                                + tahun + "&sd=" + sd + "&perspektif=STAKEHOLDER&ss=S1&iku=#{ikuKode}")
                                .check(status().is(200))).pause(jeda)));
                case "matriks" -> langkah.add(exec(http("matriks").get("/dasbor/matriks?unit=#{unit}&tahun=" + tahun
                        + "&sd=" + sd).check(status().is(200))).pause(jeda));
                case "matriks-pdf" -> langkah.add(exec(http("matriks PDF").get("/dasbor/matriks/cetak.pdf?unit=#{unit}"
                        + "&tahun=" + tahun + "&sd=" + sd).check(status().is(200))).pause(jeda));
                case "" -> { }
                default -> throw new IllegalArgumentException("skala.halaman tidak dikenal: " + h);
            }
        }
        return exec(langkah);
    }

    private final ScenarioBuilder skenario = scenario("Jelajah " + pengguna + " pengguna")
            .feed(csv(akun).circular())
            .exec(masuk)
            .exec(during(durasi).on(jalan()));

    /** skala.serentak = N > 0: saturation — N users at all times (closed model), usually with skala.jeda-ms=0. */
    private final int serentak = Integer.parseInt(p("skala.serentak", "0"));

    {
        if (serentak > 0) {
            setUp(skenario.injectClosed(constantConcurrentUsers(serentak).during(durasi))).protocols(protokol);
        } else {
            // 50 users arrive over 10 s, each signs in once and walks until the duration ends
            setUp(skenario.injectOpen(constantUsersPerSec(pengguna / 10.0).during(Duration.ofSeconds(10))))
                    .protocols(protokol);
        }
    }
}
