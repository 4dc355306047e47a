package id.kinerja.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL for tests: a Testcontainers PostgreSQL 17 where a Docker engine runs; otherwise no
 * bean here, and the application's embedded PostgreSQL starts on a temporary directory. Either way
 * a real PostgreSQL, never H2.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    static class DockerAvailable implements Condition {

        private static Boolean available;

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            synchronized (DockerAvailable.class) {
                if (available == null) {
                    boolean skip = Boolean.parseBoolean(System.getenv().getOrDefault("KINERJA_TEST_NO_DOCKER", "false"));
                    available = !skip && probe();
                }
                return available;
            }
        }

        private static boolean probe() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | Error e) {
                return false;
            }
        }
    }
}
