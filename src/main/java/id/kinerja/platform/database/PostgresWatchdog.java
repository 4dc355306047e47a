package id.kinerja.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties the embedded PostgreSQL's life to the JVM's. The postmaster is started through
 * {@code pg_ctl}, which detaches it, so a JVM killed with -9 (no shutdown hook runs) used to leave
 * it running until the next start. A tiny shell process started here polls the JVM's pid once a
 * second; when the JVM is gone it sends the postmaster SIGINT (PostgreSQL's "fast" shutdown:
 * open transactions roll back, committed data is safe). A normal close stops the watchdog first.
 * Linux/Unix only ({@code /bin/sh}, {@code kill}, {@code /proc}); elsewhere it is skipped.
 */
final class PostgresWatchdog {

    private static final Logger log = LoggerFactory.getLogger(PostgresWatchdog.class);

    /** Polls the JVM; kills the postmaster only if that pid still is a postgres process. */
    private static final String SCRIPT = """
            jvm="$1"; pm="$2"
            while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
            if grep -q postgres "/proc/$pm/cmdline" 2>/dev/null; then kill -INT "$pm"; fi
            """;

    private PostgresWatchdog() {
    }

    static Process start(EmbeddedPostgres postgres) {
        if (!new File("/bin/sh").canExecute() || !new File("/proc/self").exists()) {
            return null;
        }
        try {
            long postmaster = postmasterPid(postgres);
            Process p = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "kinerja-pg-watchdog",
                    String.valueOf(ProcessHandle.current().pid()), String.valueOf(postmaster))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            log.info("Embedded PostgreSQL (pid {}) is stopped by watchdog pid {} if this JVM dies", postmaster,
                    p.pid());
            return p;
        } catch (IOException | SQLException | RuntimeException e) {
            log.warn("No watchdog for the embedded PostgreSQL: {}", e.toString());
            return null;
        }
    }

    static void stop(Process watchdog) {
        if (watchdog != null) {
            watchdog.descendants().forEach(ProcessHandle::destroy);
            watchdog.destroy();
        }
    }

    private static long postmasterPid(EmbeddedPostgres postgres) throws SQLException, IOException {
        String dataDir;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show data_directory")) {
            rs.next();
            dataDir = rs.getString(1);
        }
        List<String> lines = Files.readAllLines(Path.of(dataDir, "postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }
}
