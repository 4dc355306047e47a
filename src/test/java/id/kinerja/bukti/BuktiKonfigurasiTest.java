package id.kinerja.bukti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The configuration keys wire the storages: PostgreSQL always, S3 only with
 * {@code kinerja.bukti.penyimpanan=s3} — checked against S3Proxy with the keys a deployment sets.
 */
class BuktiKonfigurasiTest {

    private static S3ProxyUji server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new SimpleDriverDataSource()))
            .withUserConfiguration(BuktiKonfigurasi.class);

    @BeforeAll
    static void mulai() throws Exception {
        server = S3ProxyUji.mulai();
    }

    @AfterAll
    static void berhenti() throws Exception {
        server.close();
    }

    @Test
    void defaultIsPostgresOnlyWithTheDocumentedLimits() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(PenyimpananPostgres.class).doesNotHaveBean(PenyimpananS3.class);
            BuktiProperties p = ctx.getBean(BuktiProperties.class);
            assertThat(p.getMaksUkuran().toMegabytes()).isEqualTo(20);
            assertThat(p.getJenisDiizinkan()).contains("application/pdf", "image/png", "application/zip");
        });
    }

    @Test
    void s3FromConfigurationKeysStoresAndReadsBack() throws Exception {
        // made beforehand: with a region other than us-east-1 the SDK asks for a location
        // constraint, which S3Proxy (like some on-premise stores) refuses
        server.penyimpanan("dari-konfigurasi").close();
        runner.withPropertyValues("kinerja.bukti.penyimpanan=S3",
                        "kinerja.bukti.s3.endpoint=" + server.endpoint(),
                        "kinerja.bukti.s3.bucket=dari-konfigurasi",
                        "kinerja.bukti.s3.region=ap-southeast-3",
                        "kinerja.bukti.s3.access-key=" + S3ProxyUji.ACCESS_KEY,
                        "kinerja.bukti.s3.secret-key=" + S3ProxyUji.SECRET_KEY,
                        "kinerja.bukti.s3.path-style=true",
                        "kinerja.bukti.s3.buat-bucket=true")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(PenyimpananS3.class).hasSingleBean(PenyimpananPostgres.class);
                    PenyimpananS3 s3 = ctx.getBean(PenyimpananS3.class);
                    s3.simpan("k1", new ByteArrayInputStream(BerkasUji.pdf()), BerkasUji.pdf().length,
                            "application/pdf");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    s3.salin("k1", out);
                    assertThat(out.toByteArray()).isEqualTo(BerkasUji.pdf());
                    assertThat(server.jumlahObjek("dari-konfigurasi")).isEqualTo(1);
                    s3.hapus("k1");
                    assertThat(server.jumlahObjek("dari-konfigurasi")).isZero();
                });
    }

    @Test
    void s3WithoutABucketRefusesToStart() {
        runner.withPropertyValues("kinerja.bukti.penyimpanan=s3").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("kinerja.bukti.s3.bucket");
        });
    }
}
