package id.kinerja.bukti;

import id.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The storage contract against a real S3-protocol server (S3Proxy, in this JVM, filesystem blob
 * store) through the AWS SDK v2 client the application uses; the database transaction comes from
 * the shared test context.
 */
@IntegrationTest
class PenyimpananS3Test extends PenyimpananBuktiKontrak {

    private static S3ProxyUji server;
    private static PenyimpananS3 s3;

    @BeforeAll
    static void mulai() throws Exception {
        server = S3ProxyUji.mulai();
        s3 = server.penyimpanan("bukti-uji");
    }

    @AfterAll
    static void berhenti() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected PenyimpananBukti penyimpanan() {
        return s3;
    }
}
