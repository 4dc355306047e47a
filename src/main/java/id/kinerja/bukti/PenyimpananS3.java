package id.kinerja.bukti;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files as objects of one bucket of an S3-compatible store (AWS S3, MinIO, Ceph RGW, …), under a
 * key prefix. The store is outside the database transaction, so it follows it: an object put
 * inside a transaction that rolls back is deleted again, and a delete waits for the commit.
 */
public class PenyimpananS3 implements PenyimpananBukti, AutoCloseable {

    public static final String NAMA = "S3";
    private static final Logger log = LoggerFactory.getLogger(PenyimpananS3.class);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public PenyimpananS3(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public String nama() {
        return NAMA;
    }

    @Override
    public void simpan(String kunci, InputStream isi, long ukuran, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + kunci).contentType(contentType).contentLength(ukuran),
                RequestBody.fromInputStream(isi, ukuran));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        hapusSekarang(kunci);
                    }
                }
            });
        }
    }

    @Override
    public void salin(String kunci, OutputStream keluar) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(prefix + kunci))) {
            in.transferTo(keluar);
        } catch (NoSuchKeyException e) {
            throw new IOException("Isi bukti " + kunci + " tidak ada", e);
        }
    }

    @Override
    public void hapus(String kunci) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hapusSekarang(kunci);
                }
            });
        } else {
            hapusSekarang(kunci);
        }
    }

    /** Also used to check the bucket at start-up when asked to create it. */
    void pastikanBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private void hapusSekarang(String kunci) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + kunci));
        } catch (RuntimeException e) {
            // the metadata is gone already; an orphan object is only wasted space
            log.warn("Objek bukti {} tidak terhapus dari bucket {}: {}", prefix + kunci, bucket, e.toString());
        }
    }
}
