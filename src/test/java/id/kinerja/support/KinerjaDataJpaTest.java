package id.kinerja.support;

import id.kinerja.platform.database.EmbeddedPostgresAutoConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * Entities, repositories and the real schema only: a JPA slice on a real PostgreSQL (Testcontainers
 * or the embedded server, never H2) migrated by Flyway, with the test clock, without the web layer,
 * services or demo data. Each test runs in a transaction that is rolled back. Every class using
 * exactly this annotation shares one cached slice context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = {
        "kinerja.embedded-db.data-dir=",
        "spring.jpa.hibernate.ddl-auto=validate"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import({TestDatabaseConfiguration.class, JamUjiConfiguration.class})
public @interface KinerjaDataJpaTest {
}
