package id.kinerja.laporan;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The quarterly and the annual LKj, monitored by the reporting calendar. */
@Configuration(proxyBeanMethods = false)
class PenyerahanLkjKonfigurasi {

    @Bean
    PenyerahanDokumen penyerahanLkjTriwulan(NamedParameterJdbcTemplate jdbc) {
        return new PenyerahanLkj(JenisDokumen.LKJ_TRIWULAN, jdbc);
    }

    @Bean
    PenyerahanDokumen penyerahanLkjTahunan(NamedParameterJdbcTemplate jdbc) {
        return new PenyerahanLkj(JenisDokumen.LKJ_TAHUNAN, jdbc);
    }
}
