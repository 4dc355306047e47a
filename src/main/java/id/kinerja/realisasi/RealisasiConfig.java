package id.kinerja.realisasi;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock (Asia/Jakarta). LEAD: unify with the platform-wide Clock bean when it lands; this
 * one steps aside when another Clock bean exists.
 */
@Configuration(proxyBeanMethods = false)
class RealisasiConfig {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock jamKinerja() {
        return Clock.system(ZoneId.of("Asia/Jakarta"));
    }
}
