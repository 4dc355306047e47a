package id.kinerja.bukti;

import com.sun.management.ThreadMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upload and download of a 20 MB evidence file through the same pipeline as the service
 * (buffered temp-file stream → Tika sniffing → SHA-256 while storing → storage), into the
 * PostgreSQL storage (embedded PostgreSQL 17, fsync on, all Flyway migrations) and into S3Proxy
 * in-process over HTTP. Prints wall time, bytes allocated by the uploading thread and peak heap.
 * Not a test.
 *
 * <p>Run: {@code ./mvnw -o -Pbenchmark-bukti -DskipTests package} (runs with {@code -Xmx64m}).
 */
public final class BuktiBenchmark {

    private static final int UKURAN = 20 * 1024 * 1024;
    private static final int PUTARAN = 5;

    private BuktiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int putaran = args.length > 0 ? Integer.parseInt(args[0]) : PUTARAN;
        Path berkas = Files.createTempFile("bukti-bench", ".pdf");
        byte[] awal = BerkasUji.pdf();
        try (OutputStream out = Files.newOutputStream(berkas)) {
            // a PDF header, then incompressible bytes (like a scanned PDF)
            out.write(awal);
            byte[] blok = new byte[1024 * 1024];
            Random r = new Random(20_260_401L);
            long sisa = UKURAN - awal.length;
            while (sisa > 0) {
                r.nextBytes(blok);
                int n = (int) Math.min(blok.length, sisa);
                out.write(blok, 0, n);
                sisa -= n;
            }
        }
        System.out.printf("berkas %d byte, -Xmx %d MB, %d putaran%n", Files.size(berkas),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), putaran);
        DeteksiJenisBerkas deteksi = new DeteksiJenisBerkas(new BuktiProperties().getJenisDiizinkan());

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            ukur("PostgreSQL", new PenyimpananPostgres(new JdbcTemplate(ds)), tx, berkas, deteksi, putaran);
        }
        try (S3ProxyUji server = S3ProxyUji.mulai(); PenyimpananS3 s3 = server.penyimpanan("bukti-bench")) {
            ukur("S3Proxy", s3, null, berkas, deteksi, putaran);
        }
        Files.deleteIfExists(berkas);
    }

    private static void ukur(String nama, PenyimpananBukti tempat, TransactionTemplate tx, Path berkas,
            DeteksiJenisBerkas deteksi, int putaran) throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = -1; i < putaran; i++) {
            // i = -1 warms up
            resetPeak();
            long alokasi0 = threads.getThreadAllocatedBytes(id);
            long t0 = System.nanoTime();
            String kunci = UUID.randomUUID().toString();
            String[] sha = new String[1];
            Runnable simpan = () -> {
                try (InputStream raw = Files.newInputStream(berkas);
                        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
                    DeteksiJenisBerkas.Hasil jenis = deteksi.deteksi(in, "bench.pdf");
                    HashingInputStream h = new HashingInputStream(in);
                    tempat.simpan(kunci, h, UKURAN, jenis.jenis().toString());
                    sha[0] = h.sha256Hex();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            if (tx != null) {
                tx.executeWithoutResult(s -> simpan.run());
            } else {
                simpan.run();
            }
            long t1 = System.nanoTime();
            long alokasi1 = threads.getThreadAllocatedBytes(id);
            long peakUnggah = peakHeap();
            resetPeak();
            long[] jumlah = new long[1];
            tempat.salin(kunci, new OutputStream() {
                @Override
                public void write(int b) {
                    jumlah[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    jumlah[0] += len;
                }
            });
            long t2 = System.nanoTime();
            long alokasi2 = threads.getThreadAllocatedBytes(id);
            long peakUnduh = peakHeap();
            tempat.hapus(kunci);
            if (jumlah[0] != UKURAN) {
                throw new IllegalStateException("terbaca " + jumlah[0]);
            }
            if (i >= 0) {
                System.out.printf("%-10s unggah+hash %5d ms (alokasi thread %5.1f MB, puncak heap %5.1f MB) | "
                                + "unduh %5d ms (alokasi %5.1f MB, puncak heap %5.1f MB) sha256=%s…%n",
                        nama, (t1 - t0) / 1_000_000, mb(alokasi1 - alokasi0), mb(peakUnggah), (t2 - t1) / 1_000_000,
                        mb(alokasi2 - alokasi1), mb(peakUnduh), sha[0].substring(0, 12));
            }
        }
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the live heap). */
    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                total += p.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
