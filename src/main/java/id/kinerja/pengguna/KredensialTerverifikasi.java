package id.kinerja.pengguna;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a few minutes, that a (name, password) pair matched a given BCrypt hash, so an
 * HTTP Basic client does not pay a BCrypt check (tens of ms of CPU) on every call. The key is an
 * HMAC-SHA-256 of name and password under a random key made at start-up (never stored, so a heap
 * dump does not give a fast offline guess of the password). A hit only counts while the account
 * still has exactly that hash: a password change invalidates it by construction, and the caller
 * still re-reads the account on every call, so deactivation and locking apply at once. Bounded:
 * oldest entries go first.
 */
@Component
class KredensialTerverifikasi {

    private record Entri(String hash, long sampai) {
    }

    private final Clock clock;
    private final long ttlMs;
    private final int maks;
    private final SecretKeySpec kunci;
    private final Map<String, Entri> entri;

    KredensialTerverifikasi(Clock clock, KeamananProperties setelan) {
        this.clock = clock;
        this.ttlMs = setelan.credentialCacheTtl().toMillis();
        this.maks = setelan.credentialCacheSize();
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.kunci = new SecretKeySpec(k, "HmacSHA256");
        this.entri = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entri> eldest) {
                return size() > KredensialTerverifikasi.this.maks;
            }
        };
    }

    boolean aktif() {
        return ttlMs > 0;
    }

    /** The hash this pair was verified against within the time to live, or null. */
    synchronized String hashTerverifikasi(String username, String password) {
        if (!aktif()) {
            return null;
        }
        String k = kunci(username, password);
        Entri e = entri.get(k);
        if (e != null && e.sampai() < clock.millis()) {
            entri.remove(k);
            return null;
        }
        return e == null ? null : e.hash();
    }

    synchronized void ingat(String username, String password, String hash) {
        if (aktif() && hash != null) {
            entri.put(kunci(username, password), new Entri(hash, clock.millis() + ttlMs));
        }
    }

    synchronized int ukuran() {
        return entri.size();
    }

    private String kunci(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(kunci);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
