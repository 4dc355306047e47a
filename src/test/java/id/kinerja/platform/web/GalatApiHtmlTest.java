package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages and the machine API fail differently: /api/** always answers problem+json (typed refusals,
 * the security handlers, and what only the servlet container's /error sees: no such route, a wrong
 * parameter type), pages get the HTML error pages.
 */
@IntegrationTest
class GalatApiHtmlTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> kirim(String path, String akun, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Accept", accept);
        if (akun != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((akun + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void problem(HttpResponse<String> r, int status, String path) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(r.body()).contains("\"status\":" + status).contains("\"instance\":\"" + path + "\"")
                .contains("\"title\":").contains("\"detail\":").doesNotContain("timestamp").doesNotContain("trace");
    }

    @Test
    void typedRefusalsOfTheApiAreProblemsWithBundleTexts() throws Exception {
        long astimpas = DemoUnits.id(jdbc, "ASTIMPAS");
        mvc.perform(get("/api/v1/unit/{id}", astimpas).with(httpBasic("kemenlu.perencana", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Akses ditolak"))
                .andExpect(jsonPath("$.instance").value("/api/v1/unit/" + astimpas));
        mvc.perform(get("/api/v1/unit/{id}", 987654321L).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Data yang Anda cari tidak ada."));
    }

    @Test
    void whatOnlyTheContainerSeesIsAProblemToo() throws Exception {
        problem(kirim("/api/v1/tidak-ada", "admin", "application/json"), 404, "/api/v1/tidak-ada");
        problem(kirim("/api/v1/unit/bukan-angka", "admin", "application/json"), 400, "/api/v1/unit/bukan-angka");
        // a browser opening an API address gets the API's answer, not a page
        problem(kirim("/api/v1/tidak-ada", "admin", "text/html"), 404, "/api/v1/tidak-ada");
    }

    @Test
    void theSecurityHandlersAnswerProblems() throws Exception {
        HttpResponse<String> r = kirim("/api/v1/unit", null, "application/json");
        problem(r, 401, "/api/v1/unit");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Kinerja\"");
    }

    @Test
    void pagesKeepTheirHtmlErrorPages() throws Exception {
        HttpResponse<String> r = kirim("/webjars/tidak-ada.js", null, "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<html").doesNotContain("\"status\"");
    }
}
