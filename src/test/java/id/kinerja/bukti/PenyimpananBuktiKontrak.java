package id.kinerja.bukti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every storage must do, run against each real implementation: store, read back
 * byte-identical (across several 1 MB slices), delete; follow the database transaction.
 */
abstract class PenyimpananBuktiKontrak {

    @Autowired
    PlatformTransactionManager transactionManager;

    protected abstract PenyimpananBukti penyimpanan();

    private static String kunci() {
        return UUID.randomUUID().toString();
    }

    private byte[] baca(String kunci) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        penyimpanan().salin(kunci, out);
        return out.toByteArray();
    }

    @Test
    void storesReadsBackByteIdenticalAndDeletes() throws IOException {
        byte[] isi = BerkasUji.acak(2 * 1024 * 1024 + 12_345, 42);
        String k = kunci();
        penyimpanan().simpan(k, new ByteArrayInputStream(isi), isi.length, "application/zip");
        assertThat(baca(k)).isEqualTo(isi);
        penyimpanan().hapus(k);
        assertThatThrownBy(() -> baca(k)).isInstanceOf(IOException.class);
        // deleting twice is no error
        penyimpanan().hapus(k);
    }

    @Test
    void exactlyOneSliceAndTinyFilesToo() throws IOException {
        for (int n : new int[] {1, PenyimpananPostgres.POTONGAN}) {
            byte[] isi = BerkasUji.acak(Math.max(n, 2), n);
            String k = kunci();
            penyimpanan().simpan(k, new ByteArrayInputStream(isi), isi.length, "application/pdf");
            assertThat(baca(k)).isEqualTo(isi);
            penyimpanan().hapus(k);
        }
    }

    @Test
    void hashOfWhatWasStoredIsTheKnownValue() throws IOException {
        String k = kunci();
        HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(BerkasUji.pdf()));
        penyimpanan().simpan(k, in, BerkasUji.pdf().length, "application/pdf");
        assertThat(in.sha256Hex()).isEqualTo(BerkasUji.SHA256_CONTOH_PDF);
        assertThat(baca(k)).isEqualTo(BerkasUji.pdf());
        penyimpanan().hapus(k);
    }

    @Test
    void storedInsideARolledBackTransactionIsGone() {
        String k = kunci();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                penyimpanan().simpan(k, new ByteArrayInputStream(BerkasUji.pdf()), BerkasUji.pdf().length,
                        "application/pdf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> baca(k)).isInstanceOf(IOException.class);
    }

    @Test
    void deleteHappensOnlyWhenTheTransactionCommits() throws IOException {
        String k = kunci();
        penyimpanan().simpan(k, new ByteArrayInputStream(BerkasUji.pdf()), BerkasUji.pdf().length, "application/pdf");
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            penyimpanan().hapus(k);
            status.setRollbackOnly();
        });
        assertThat(baca(k)).isEqualTo(BerkasUji.pdf());
        tx.executeWithoutResult(status -> penyimpanan().hapus(k));
        assertThatThrownBy(() -> baca(k)).isInstanceOf(IOException.class);
    }

    @Test
    void shortStreamIsAnErrorNotATruncatedFile() {
        String k = kunci();
        byte[] isi = BerkasUji.acak(1000, 3);
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                penyimpanan().simpan(k, new ByteArrayInputStream(isi), 2000, "application/pdf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> baca(k)).isInstanceOf(IOException.class);
    }
}
