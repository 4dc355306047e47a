package id.kinerja.platform.database;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of the whole database (every table of schema {@code public}: plans,
 * values, audit trail, sessions, and evidence files stored in PostgreSQL) without external
 * binaries. Why not pg_dump: the embedded PostgreSQL bundle ships no pg_dump and Debian 12 only has
 * pg_dump 15, which refuses a PostgreSQL 17 server; on a server with its own client tools
 * {@code pg_dump -Fc} works as well (docs/operations.md).
 *
 * <p>A backup is a zip: {@code manifest.properties} (format, time, Flyway version, row count per
 * table, sequence values), then one {@code COPY ... (FORMAT binary)} stream per table in
 * foreign-key order, all read in one REPEATABLE READ, READ ONLY transaction (a consistent
 * snapshot, as pg_dump takes). A restore needs an empty database: Flyway builds the schema up to
 * the backup's version with this application's migrations, the tables are emptied of whatever
 * the migrations seeded, the rows are copied in parent-first and the sequences set; all in one
 * transaction, and the row counts are checked against the manifest before it commits.
 */
public final class CadanganBasisData {

    static final String FORMAT = "kinerja-cadangan-1";
    private static final String MANIFEST = "manifest.properties";

    private CadanganBasisData() {
    }

    /** What a backup holds, from its manifest. */
    public record Isi(String versiFlyway, Map<String, Long> baris) {
    }

    /** Writes a backup of the database behind {@code db} to {@code out} (not closed), stamped by {@code clock}. */
    public static Isi buat(DataSource db, OutputStream out, Clock clock) throws SQLException, IOException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set transaction isolation level repeatable read, read only");
                st.execute("set local statement_timeout = 0");
            }
            List<String> tabel = urutanTabel(c);
            Map<String, Long> baris = new LinkedHashMap<>();
            for (String t : tabel) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from public." + kutip(t))) {
                    rs.next();
                    baris.put(t, rs.getLong(1));
                }
            }
            Properties m = new Properties();
            m.setProperty("format", FORMAT);
            m.setProperty("dibuat", clock.instant().toString());
            String versi = versiFlyway(c);
            m.setProperty("flyway", versi);
            m.setProperty("server", c.getMetaData().getDatabaseProductVersion());
            m.setProperty("tabel", String.join(",", tabel));
            baris.forEach((t, n) -> m.setProperty("baris." + t, Long.toString(n)));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
                while (rs.next()) {
                    String nama = rs.getString(1);
                    long v = rs.getLong(2);
                    m.setProperty("sekuens." + nama, rs.wasNull() ? "" : Long.toString(v));
                }
            }
            ZipOutputStream zip = new ZipOutputStream(tanpaTutup(out));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter w = new StringWriter();
            m.store(w, "Kinerja database backup");
            zip.write(w.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String t : tabel) {
                zip.putNextEntry(new ZipEntry("data/" + t + ".copy"));
                copy.copyOut("copy public." + kutip(t) + " to stdout (format binary)", zip);
                zip.closeEntry();
            }
            zip.finish();
            c.commit();
            return new Isi(versi, baris);
        }
    }

    /**
     * Restores a backup into the empty database behind {@code db}.
     *
     * @throws IllegalStateException the database already has tables, or the backup is not one of ours
     */
    public static Isi pulihkan(DataSource db, InputStream in) throws SQLException, IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry e = zip.getNextEntry();
        if (e == null || !MANIFEST.equals(e.getName())) {
            throw new IllegalStateException("Not a Kinerja backup (no manifest first)");
        }
        Properties m = new Properties();
        m.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
        if (!FORMAT.equals(m.getProperty("format"))) {
            throw new IllegalStateException("Unknown backup format " + m.getProperty("format"));
        }
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                throw new IllegalStateException("The target database is not empty; restore into a new database");
            }
        }
        String versi = m.getProperty("flyway");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(versi).load().migrate();

        List<String> tabel = List.of(m.getProperty("tabel").split(","));
        Map<String, Long> baris = new LinkedHashMap<>();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set local statement_timeout = 0");
                // only what the migrations seeded (e.g. rulebooks, the schema history); the audit
                // trail refuses TRUNCATE and is empty in a fresh database anyway
                List<String> berisi = new ArrayList<>();
                for (String t : tabel) {
                    try (ResultSet rs = st.executeQuery("select exists (select 1 from public." + kutip(t) + ")")) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            berisi.add("public." + kutip(t));
                        }
                    }
                }
                if (!berisi.isEmpty()) {
                    st.execute("truncate " + String.join(", ", berisi));
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String t : tabel) {
                ZipEntry d = zip.getNextEntry();
                if (d == null || !d.getName().equals("data/" + t + ".copy")) {
                    throw new IllegalStateException("Backup incomplete: expected table " + t);
                }
                copy.copyIn("copy public." + kutip(t) + " from stdin (format binary)", tanpaTutup(zip));
            }
            for (String kunci : m.stringPropertyNames()) {
                if (!kunci.startsWith("sekuens.")) {
                    continue;
                }
                String nilai = m.getProperty(kunci);
                try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    ps.setString(1, "public." + kutip(kunci.substring("sekuens.".length())));
                    ps.setLong(2, nilai.isEmpty() ? 1 : Long.parseLong(nilai));
                    ps.setBoolean(3, !nilai.isEmpty());
                    ps.executeQuery().close();
                }
            }
            for (String t : tabel) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from public." + kutip(t))) {
                    rs.next();
                    long n = rs.getLong(1);
                    long diharapkan = Long.parseLong(m.getProperty("baris." + t));
                    if (n != diharapkan) {
                        throw new IllegalStateException("Table " + t + ": " + n + " rows restored, " + diharapkan
                                + " in the backup");
                    }
                    baris.put(t, n);
                }
            }
            c.commit();
        }
        return new Isi(versi, baris);
    }

    /** Reads only the manifest of a backup. */
    public static Isi baca(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry e = zip.getNextEntry();
        if (e == null || !MANIFEST.equals(e.getName())) {
            throw new IllegalStateException("Not a Kinerja backup (no manifest first)");
        }
        Properties m = new Properties();
        m.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
        Map<String, Long> baris = new LinkedHashMap<>();
        for (String t : m.getProperty("tabel").split(",")) {
            baris.put(t, Long.parseLong(m.getProperty("baris." + t)));
        }
        return new Isi(m.getProperty("flyway"), baris);
    }

    /** Tables of schema public, every referenced table before the tables that reference it. */
    static List<String> urutanTabel(Connection c) throws SQLException {
        Set<String> semua = new TreeSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                semua.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> induk = new TreeMap<>();
        semua.forEach(t -> induk.put(t, new HashSet<>()));
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select cl.relname, ref.relname from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid join pg_namespace n on n.oid = cl.relnamespace
                join pg_class ref on ref.oid = k.confrelid
                where k.contype = 'f' and n.nspname = 'public'""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2)) && semua.contains(rs.getString(2))) {
                    induk.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> urutan = new ArrayList<>();
        Map<String, Integer> status = new HashMap<>();
        for (String t : induk.keySet()) {
            kunjungi(t, induk, status, urutan);
        }
        return urutan;
    }

    private static void kunjungi(String t, Map<String, Set<String>> induk, Map<String, Integer> status,
            List<String> urutan) {
        Integer s = status.get(t);
        if (s != null) {
            if (s == 1) {
                throw new IllegalStateException("Foreign keys form a cycle through " + t);
            }
            return;
        }
        status.put(t, 1);
        for (String p : new TreeSet<>(induk.get(t))) {
            kunjungi(p, induk, status, urutan);
        }
        status.put(t, 2);
        urutan.add(t);
    }

    private static String versiFlyway(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select version from flyway_schema_history where success and version is not null "
                        + "order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    private static String kutip(String nama) {
        return '"' + nama.replace("\"", "\"\"") + '"';
    }

    private static OutputStream tanpaTutup(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static InputStream tanpaTutup(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the zip entry is closed by getNextEntry
            }
        };
    }
}
