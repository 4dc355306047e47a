package id.kinerja.bukti;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the bytes of evidence files live. Two real implementations: PostgreSQL (default, table
 * {@code bukti_isi}) and an S3-compatible object store. Both stream: neither holds a whole file in
 * memory. Each stored file records the {@link #nama()} of its storage, so switching the
 * configured storage later keeps older files readable.
 */
public interface PenyimpananBukti {

    /** Recorded with each file: {@code POSTGRES} or {@code S3}. */
    String nama();

    /**
     * Stores exactly {@code ukuran} bytes read from {@code isi} under {@code kunci}. Inside a
     * transaction the stored bytes disappear again when that transaction rolls back.
     */
    void simpan(String kunci, InputStream isi, long ukuran, String contentType) throws IOException;

    /** Streams the stored bytes to {@code keluar}. */
    void salin(String kunci, OutputStream keluar) throws IOException;

    /** Removes the bytes; inside a transaction only once it commits. An unknown key is no error. */
    void hapus(String kunci);
}
