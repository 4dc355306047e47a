package id.kinerja.bukti;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and SHA-256-hashes every byte read, on the way into the storage. Refuses mark/reset, so
 * a storage client that re-reads (a retry) cannot hash a byte twice.
 */
final class HashingInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private long jumlah;

    HashingInputStream(InputStream in) {
        super(in);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            sha256.update((byte) b);
            jumlah++;
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            sha256.update(buf, off, n);
            jumlah += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would be missing from the hash: read them instead
        long dilewati = 0;
        byte[] buf = new byte[8192];
        while (dilewati < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - dilewati));
            if (r < 0) {
                break;
            }
            dilewati += r;
        }
        return dilewati;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset tidak didukung");
    }

    long jumlah() {
        return jumlah;
    }

    /** Lower-case hex; call once, after the last byte. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
