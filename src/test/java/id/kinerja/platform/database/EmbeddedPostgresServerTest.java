package id.kinerja.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void removesALockFileWhosePostmasterIsGone(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("postmaster.pid");
        Files.writeString(pid, "999999999\n" + dir + "\n");
        EmbeddedPostgresServer.stopStalePostmaster(dir);
        assertThat(pid).doesNotExist();
    }

    @Test
    void leavesAProcessAloneThatIsNotPostgres(@TempDir Path dir) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), sleeper.pid() + "\n");
            EmbeddedPostgresServer.stopStalePostmaster(dir);
            assertThat(sleeper.isAlive()).isTrue();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aDirectoryWithoutLockFileIsUntouched(@TempDir Path dir) throws Exception {
        EmbeddedPostgresServer.stopStalePostmaster(dir);
        assertThat(Files.list(dir)).isEmpty();
    }
}
