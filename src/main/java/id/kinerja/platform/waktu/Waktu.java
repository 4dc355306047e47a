package id.kinerja.platform.waktu;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: Asia/Jakarta (WIB). Everything that asks "today" or "now"
 * (deadlines, cut-offs, the default fiscal year, printed dates, lock-outs, stamps) gets this bean
 * injected, so a test or a demo can run on another date by replacing or fixing it
 * ({@code kinerja.clock.tetap=2026-11-23T10:00:00+07:00}).
 */
@Configuration(proxyBeanMethods = false)
public class Waktu {

    /** Indonesian Western Time: the ministries' dates are WIB dates. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock(@Value("${kinerja.clock.tetap:}") String tetap) {
        return tetap == null || tetap.isBlank() ? Clock.system(WIB) : tetap(tetap);
    }

    /** A clock standing still at an ISO offset date-time, in WIB. */
    public static Clock tetap(String isoOffsetDateTime) {
        return Clock.fixed(OffsetDateTime.parse(isoOffsetDateTime.trim()).toInstant(), WIB);
    }

    /** Today in WIB on the given clock, whatever zone the clock itself carries. */
    public static LocalDate hariIni(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WIB);
    }
}
