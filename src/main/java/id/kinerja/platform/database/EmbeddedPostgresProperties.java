package id.kinerja.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that runs when no datasource is configured.
 *
 * @param enabled  false turns it off entirely (production sets SPRING_DATASOURCE_URL anyway)
 * @param dataDir  where the cluster lives between runs; blank = a throw-away temp directory (tests)
 * @param port     0 = any free port
 */
@ConfigurationProperties("kinerja.embedded-db")
public record EmbeddedPostgresProperties(Boolean enabled, String dataDir, Integer port) {

    public EmbeddedPostgresProperties {
        enabled = enabled == null || enabled;
        dataDir = dataDir == null ? ".kinerja-data/postgres" : dataDir.trim();
        port = port == null ? 0 : port;
    }

    boolean temporary() {
        return dataDir.isEmpty();
    }
}
