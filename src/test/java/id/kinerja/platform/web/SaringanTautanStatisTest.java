package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain's link filter stays off (docs/performa.md §5): it asked the classpath about
 * every link of every page. The served container has no such filter, and static files and
 * version-less webjar paths are still served.
 */
@IntegrationTest
class SaringanTautanStatisTest {

    @Autowired
    List<FilterRegistrationBean<?>> registrasi;

    @Autowired
    ServletContext servlet;

    @LocalServerPort
    int port;

    @Test
    void saringanTautanSumberDayaTidakTerpasang() throws Exception {
        assertThat(registrasi).filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .isNotEmpty().allSatisfy(r -> assertThat(r.isEnabled()).isFalse());
        var filter = servlet.getFilterRegistrations().values().stream()
                .map(r -> r.getClassName()).toList();
        assertThat(filter).noneMatch(n -> n.equals(ResourceUrlEncodingFilter.class.getName()));
        var klien = HttpClient.newHttpClient();
        for (String jalur : List.of("/css/kinerja.css", "/webjars/bootstrap/dist/css/bootstrap.min.css")) {
            var jawab = klien.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + jalur)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(jawab.statusCode()).as(jalur).isEqualTo(200);
        }
    }
}
