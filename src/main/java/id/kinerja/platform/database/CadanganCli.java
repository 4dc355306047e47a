package id.kinerja.platform.database;

import id.kinerja.platform.waktu.Waktu;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command for backups: {@code scripts/backup.sh [file]} and {@code scripts/restore.sh file}
 * (or {@code ./mvnw -q compile exec:java@cadangan -Dexec.args="buat|pulihkan file"}).
 *
 * <p>The database is the one the application would use: {@code SPRING_DATASOURCE_URL} (with
 * {@code _USERNAME}/{@code _PASSWORD}) when set; otherwise the embedded PostgreSQL in
 * {@code KINERJA_DATA_DIR} (default {@code .kinerja-data/postgres}) — reached on its port while the
 * application runs, else started just for the command. A restore needs an empty database (a new
 * data directory, or a freshly created external database).
 */
public final class CadanganCli {

    private CadanganCli() {
    }

    public static void main(String[] args) throws Exception {
        // outside Spring this is where the one clock is made (the file name is a WIB time)
        Clock jam = Clock.system(Waktu.WIB);
        // a command-line tool: only warnings (the embedded server's start/stop chatter is INFO)
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        if (args.length < 1 || !List.of("buat", "pulihkan").contains(args[0])
                || args[0].equals("pulihkan") && args.length < 2) {
            System.err.println("usage: buat [file.zip] | pulihkan file.zip");
            System.exit(2);
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        EmbeddedPostgresServer server = null;
        DataSource db;
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(System.getenv("SPRING_DATASOURCE_USERNAME"));
            ds.setPassword(System.getenv("SPRING_DATASOURCE_PASSWORD"));
            db = ds;
        } else {
            String dir = Optional.ofNullable(System.getenv("KINERJA_DATA_DIR")).orElse(".kinerja-data/postgres");
            Optional<Integer> port = portBerjalan(Path.of(dir));
            if (port.isPresent()) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL("jdbc:postgresql://localhost:" + port.get() + "/postgres");
                ds.setUser("postgres");
                ds.setPassword("postgres");
                db = ds;
            } else {
                server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(true, dir, 0));
                db = server.postgres().getPostgresDatabase();
            }
        }
        try {
            if (args[0].equals("buat")) {
                Path file = Path.of(args.length > 1 ? args[1]
                        : "kinerja-" + LocalDateTime.now(jam).toString().replace(':', '-').substring(0, 19)
                                + ".zip");
                Path tmp = file.resolveSibling(file.getFileName() + ".part");
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                CadanganBasisData.Isi isi;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    isi = CadanganBasisData.buat(db, out, jam);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.printf("Backup %s: schema version %s, %d tables, %d rows, %d bytes%n", file,
                        isi.versiFlyway(), isi.baris().size(), isi.baris().values().stream().mapToLong(Long::longValue)
                                .sum(), Files.size(file));
            } else {
                CadanganBasisData.Isi isi;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])))) {
                    isi = CadanganBasisData.pulihkan(db, in);
                }
                System.out.printf("Restored %s: schema version %s, %d tables, %d rows (counts checked)%n", args[1],
                        isi.versiFlyway(), isi.baris().size(), isi.baris().values().stream().mapToLong(Long::longValue)
                                .sum());
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The port of a live embedded server on this data directory (line 4 of postmaster.pid). */
    static Optional<Integer> portBerjalan(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).trim());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && lines.size() > 3) {
                return Optional.of(Integer.parseInt(lines.get(3).trim()));
            }
        } catch (Exception e) {
            // no pid file or not readable: not running
        }
        return Optional.empty();
    }
}
