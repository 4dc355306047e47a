package id.kinerja.support;

import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's system clock in tests by {@link JamUji}. The default lies late in the
 * demo year (after the Kemenlu revision cut-off and every January deadline) and is overridden from
 * the command line: {@code ./mvnw test -Dkinerja.clock.tetap=2027-02-15T10:00:00+07:00}. The default
 * is not put in {@code @SpringBootTest(properties)}, which would outrank the system property.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JamUjiConfiguration {

    /** A Monday morning in the demo year 2026, WIB. */
    public static final String BAWAAN = "2026-11-23T10:00:00+07:00";

    @Bean
    @Primary
    JamUji jamUji(@Value("${kinerja.clock.tetap:" + BAWAAN + "}") String tetap) {
        return new JamUji(OffsetDateTime.parse(tetap.trim()).toInstant());
    }
}
