package id.kinerja.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Parallel requests of one session (two tabs, a double-click, htmx) each save the session. Both
 * may add the same new attribute (flash messages, CSRF token); Spring Session's plain INSERT then
 * hits the primary key of spring_session_attributes and the second request answered 409. On
 * PostgreSQL the insert becomes an upsert, so the last write wins instead of failing.
 */
@Configuration(proxyBeanMethods = false)
class SesiHttpConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sesiUpsertPostgres() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
