package id.kinerja.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 8: a JVM running the embedded PostgreSQL is killed with SIGKILL (no shutdown
 * hook runs); its postmaster must not live on. A child JVM starts the server and prints the
 * postmaster's pid; the test kills that JVM and waits (bounded) for the postmaster to exit.
 */
@EnabledOnOs(OS.LINUX)
class PostgresWatchdogTest {

    /** The child JVM: starts the embedded server on the given directory and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(true, args[0], 0));
        long pid = Long.parseLong(Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0).trim());
        System.out.println("POSTMASTER " + pid);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        server.close();
    }

    @Test
    void thePostmasterExitsWhenItsJvmIsKilled(@TempDir Path dir) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PostgresWatchdogTest.class.getName(),
                dir.resolve("pg").toString()).redirectErrorStream(true).start();
        long postmaster = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("POSTMASTER ")) {
                    postmaster = Long.parseLong(line.substring(11).trim());
                    break;
                }
            }
            assertThat(postmaster).as("child JVM started PostgreSQL").isPositive();
            Optional<ProcessHandle> pm = ProcessHandle.of(postmaster);
            assertThat(pm).isPresent();
            assertThat(pm.get().isAlive()).isTrue();

            jvm.destroyForcibly(); // SIGKILL
            jvm.waitFor(30, TimeUnit.SECONDS);
            boolean weg = false;
            for (int i = 0; i < 120 && !weg; i++) { // up to 60 s on a busy machine; seen: ~3 s
                weg = !pm.get().isAlive();
                if (!weg) {
                    Thread.sleep(500);
                }
            }
            assertThat(weg).as("postmaster %d gone after its JVM was killed", postmaster).isTrue();
        } finally {
            jvm.destroyForcibly();
            if (postmaster > 0) {
                ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
            }
        }
    }
}
