package id.kinerja.pengguna;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling, kept in the database (so it holds across instances), on three keys:
 * <ul>
 * <li>the name AND the client address together ({@code akun:<name>|<address>}): after a few free
 * failures each further failure doubles that address's wait for that name (1 s, 2 s … up to a cap).
 * An attacker elsewhere therefore never delays the owner at the owner's own address;</li>
 * <li>the client address alone ({@code alamat:<address>}): one address trying many names;</li>
 * <li>the name alone ({@code nama:<name>}), counted across all addresses with a higher threshold:
 * when a name is attacked from many addresses, every address that has itself failed on that name
 * waits after ITS OWN last failure (up to a cap). It never blocks an address without a failure on
 * that name, and its wait runs out however long the attack lasts, so it cannot lock the owner out.</li>
 * </ul>
 * The trade-off (docs/akses.md): an attacker with many fresh addresses gets a few free guesses per
 * address; nobody can keep a colleague out. A name that does not exist is throttled exactly like one
 * that does. A waiting request is refused at once ("coba lagi dalam N detik"), never held on a
 * thread. Times come from the one injected clock.
 */
@Component
class LoginThrottle {

    record Aturan(int bebas, Duration tundaMaks) {
    }

    private record Baris(int gagal, Instant gagalTerakhir, Instant tungguSampai) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Aturan akun;
    private final Aturan alamat;
    private final Aturan nama;
    private final Duration jendela;

    LoginThrottle(JdbcTemplate jdbc, KeamananProperties setelan, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.akun = new Aturan(setelan.maxFailedLogins(), setelan.loginDelayMax());
        this.alamat = new Aturan(setelan.addressFailedLogins(), setelan.addressDelayMax());
        this.nama = new Aturan(setelan.usernameFailedLogins(), setelan.usernameDelayMax());
        this.jendela = setelan.failedLoginWindow();
    }

    /** Seconds still to wait before this name may be tried from this address (0 = go ahead). */
    long tunggu(String username, String address) {
        Instant now = clock.instant();
        String kAkun = kunciAkun(username, address);
        String kAlamat = kunciAlamat(address);
        String kNama = kunciNama(username);
        Map<String, Baris> baris = new HashMap<>();
        jdbc.query("select kunci, gagal, gagal_terakhir, tunggu_sampai from login_throttle where kunci in (?, ?, ?)",
                rs -> {
                    Timestamp t = rs.getTimestamp(4);
                    baris.put(rs.getString(1), new Baris(rs.getInt(2), rs.getTimestamp(3).toInstant(),
                            t == null ? null : t.toInstant()));
                }, kAkun, kAlamat, kNama);
        Instant sampai = null;
        for (String k : List.of(kAkun, kAlamat)) {
            Baris b = baris.get(k);
            if (b != null && b.tungguSampai() != null) {
                sampai = terakhir(sampai, b.tungguSampai());
            }
        }
        Baris n = baris.get(kNama);
        Baris a = baris.get(kAkun);
        Instant batasJendela = now.minus(jendela);
        // the name under attack from everywhere: only an address that failed on it waits, after its own failure
        if (n != null && a != null && n.gagalTerakhir().isAfter(batasJendela) && a.gagalTerakhir().isAfter(batasJendela)
                && n.gagal() >= nama.bebas()) {
            sampai = terakhir(sampai, a.gagalTerakhir().plusSeconds(tunda(n.gagal(), nama)));
        }
        if (sampai == null || !sampai.isAfter(now)) {
            return 0;
        }
        long ms = Duration.between(now, sampai).toMillis();
        return Math.max(1, (ms + 999) / 1000);
    }

    /** Counts one failure on all three keys; returns true when this name now has to wait at this address. */
    boolean gagal(String username, String address) {
        Instant now = clock.instant();
        catat(kunciAkun(username, address), akun, now);
        catat(kunciAlamat(address), alamat, now);
        catat(kunciNama(username), null, now);
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            // now and then: forget failures older than the window whose wait is over (the table stays small)
            jdbc.update("delete from login_throttle where gagal_terakhir < ? and (tunggu_sampai is null "
                    + "or tunggu_sampai < ?)", Timestamp.from(now.minus(jendela)), Timestamp.from(now));
        }
        return tunggu(username, address) > 0;
    }

    /**
     * Plain SQL on purpose: a sign-in is not an edit, so neither version nor audit trail move. Only
     * this address's failures on this name are forgotten: the other keys keep counting an attack.
     */
    void berhasil(String username, String address) {
        jdbc.update("delete from login_throttle where kunci = ?", kunciAkun(username, address));
        jdbc.update("update pengguna set login_terakhir = now() where username = ?", username);
    }

    /** Upserts one failure; with a rule, sets the key's wait once its free failures are used up. */
    private void catat(String kunci, Aturan aturan, Instant now) {
        Integer gagal = jdbc.queryForObject("""
                insert into login_throttle (kunci, gagal, gagal_terakhir) values (?, 1, ?)
                on conflict (kunci) do update set
                  gagal = case when login_throttle.gagal_terakhir < ? then 1 else login_throttle.gagal + 1 end,
                  gagal_terakhir = excluded.gagal_terakhir
                returning gagal""", Integer.class, kunci, Timestamp.from(now), Timestamp.from(now.minus(jendela)));
        if (aturan == null || gagal == null || gagal < aturan.bebas()) {
            return;
        }
        jdbc.update("update login_throttle set tunggu_sampai = ? where kunci = ?",
                Timestamp.from(now.plusSeconds(tunda(gagal, aturan))), kunci);
    }

    /** 1 s at the threshold, doubling with each further failure, up to the rule's cap. */
    private static long tunda(int gagal, Aturan aturan) {
        int pangkat = Math.min(30, Math.max(0, gagal - aturan.bebas()));
        return Math.max(1, Math.min(aturan.tundaMaks().toSeconds(), 1L << pangkat));
    }

    private static Instant terakhir(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Names longer than any username cannot exist; they are cut so the key stays bounded. */
    private static String nama(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.length() > 60 ? u.substring(0, 60) : u;
    }

    private static String alamat(String address, int maks) {
        String a = address == null ? "?" : address;
        return a.length() > maks ? a.substring(0, maks) : a;
    }

    /** The name at one address (fits the 120-character key: an IPv6 address has at most 45). */
    static String kunciAkun(String username, String address) {
        return "akun:" + nama(username) + "|" + alamat(address, 50);
    }

    static String kunciAlamat(String address) {
        return "alamat:" + alamat(address, 100);
    }

    static String kunciNama(String username) {
        return "nama:" + nama(username);
    }
}
