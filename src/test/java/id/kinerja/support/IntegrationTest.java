package id.kinerja.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL with the demo data, served on a random port (for
 * the browser tests) with MockMvc at hand. Every test
 * class using exactly this annotation shares one cached context (one database start per run).
 * Tests create their own rows with unique codes instead of relying on a clean database. The clock
 * is {@link JamUji}, fixed (see {@link JamUjiConfiguration} for the default and the override).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kinerja.embedded-db.data-dir=",
        "kinerja.demo.enabled=true",
        "spring.jpa.hibernate.ddl-auto=validate",
        "kinerja.security.max-failed-logins=3",
        // as behind a TLS proxy: X-Forwarded-Proto from a local address is trusted (issue 10)
        "server.forward-headers-strategy=native",
        // no background recomputation racing the tests' own reads and statement counts
        "kinerja.skor.cache.hangatkan=0",
        // badges count anew on every page: tests switch users and expect other users' changes at once
        "kinerja.kotakmasuk.jumlah-ttl=0"
})
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, JamUjiConfiguration.class})
public @interface IntegrationTest {
}
