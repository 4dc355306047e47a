package id.kinerja.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owns the embedded cluster's lifecycle, including clean-up after a killed previous run. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres.Builder builder;
    private volatile EmbeddedPostgres postgres;
    private Process watchdog;

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder) throws IOException {
        this.builder = builder;
        this.postgres = builder.start();
        this.watchdog = PostgresWatchdog.start(postgres);
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            if (!properties.temporary()) {
                Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
                Files.createDirectories(dataDir.getParent());
                stopStalePostmaster(dataDir);
                // zonky starts with -F (fsync off) and synchronous_commit off, fine for throw-away test
                // clusters but not for data that must survive a crash: a later -c wins over -F
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
                log.info("Embedded PostgreSQL, data directory {}", dataDir);
            } else {
                log.info("Embedded PostgreSQL on a temporary data directory");
            }
            return new EmbeddedPostgresServer(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    /**
     * A run that was killed with -9 leaves its postmaster running on the data directory, and the
     * next start would fail on postmaster.pid: stop that server (only if it really is a postgres
     * process) and remove the lock file.
     */
    static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn("Stopping stale embedded PostgreSQL (pid {}) left by a previous run", pid);
            process.get().destroy();
            try {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /**
     * Stops the server as an outage would (the pool's connections break, new ones are refused);
     * {@link #restart()} brings it back on the same port and data. For outage drills and tests.
     */
    public synchronized void stop() throws IOException {
        PostgresWatchdog.stop(watchdog);
        watchdog = null;
        postgres.close();
    }

    public synchronized void restart() throws IOException {
        builder.setPort(postgres.getPort());
        postgres = builder.start();
        watchdog = PostgresWatchdog.start(postgres);
    }

    @Override
    public synchronized void close() throws IOException {
        PostgresWatchdog.stop(watchdog);
        watchdog = null;
        postgres.close();
    }
}
