package id.kinerja.pengguna;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling by account name AND by client address, kept in the database (so it
 * holds across instances). After a few free failures each further failure doubles the wait
 * (1 s, 2 s, 4 s … up to a cap); nothing is ever locked for long, so an attacker cannot lock a
 * colleague out, and a name that does not exist is throttled exactly like one that does. A
 * waiting request is refused at once ("coba lagi dalam N detik"), never held on a thread. Times are
 * the database's own (now()), so every instance sees the same waits.
 */
@Component
class LoginThrottle {

    record Aturan(String awalan, int bebas, Duration tundaMaks) {
    }

    private final JdbcTemplate jdbc;
    private final Aturan akun;
    private final Aturan alamat;
    private final Duration jendela;

    LoginThrottle(JdbcTemplate jdbc, KeamananProperties setelan) {
        this.jdbc = jdbc;
        this.akun = new Aturan("akun:", setelan.maxFailedLogins(), setelan.loginDelayMax());
        this.alamat = new Aturan("alamat:", setelan.addressFailedLogins(), setelan.addressDelayMax());
        this.jendela = setelan.failedLoginWindow();
    }

    /** Seconds still to wait before this name may be tried from this address (0 = go ahead). */
    long tunggu(String username, String address) {
        List<Long> detik = jdbc.queryForList("""
                select greatest(1, ceil(extract(epoch from tunggu_sampai - now())))::bigint from login_throttle
                where kunci in (?, ?) and tunggu_sampai > now()""", Long.class, kunciAkun(username),
                kunciAlamat(address));
        return detik.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Counts one failure on both keys; returns true when either key now has to wait. */
    boolean gagal(String username, String address) {
        boolean a = catat(kunciAkun(username), akun);
        boolean b = catat(kunciAlamat(address), alamat);
        return a || b;
    }

    /** Plain SQL on purpose: a sign-in is not an edit, so neither version nor audit trail move. */
    void berhasil(String username) {
        jdbc.update("delete from login_throttle where kunci = ?", kunciAkun(username));
        jdbc.update("update pengguna set login_terakhir = now() where username = ?", username);
    }

    private boolean catat(String kunci, Aturan aturan) {
        Integer gagal = jdbc.queryForObject("""
                insert into login_throttle (kunci, gagal, gagal_terakhir) values (?, 1, now())
                on conflict (kunci) do update set
                  gagal = case when login_throttle.gagal_terakhir < now() - make_interval(secs => ?) then 1
                               else login_throttle.gagal + 1 end,
                  gagal_terakhir = excluded.gagal_terakhir
                returning gagal""", Integer.class, kunci, (double) jendela.toSeconds());
        if (gagal == null || gagal < aturan.bebas()) {
            return false;
        }
        int pangkat = Math.min(30, gagal - aturan.bebas());
        long detik = Math.min(aturan.tundaMaks().toSeconds(), 1L << pangkat);
        jdbc.update("update login_throttle set tunggu_sampai = now() + make_interval(secs => ?) where kunci = ?",
                (double) Math.max(1, detik), kunci);
        return true;
    }

    /** Names longer than any username cannot exist; they are cut so the key stays bounded. */
    static String kunciAkun(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "akun:" + (u.length() > 60 ? u.substring(0, 60) : u);
    }

    static String kunciAlamat(String address) {
        String a = address == null ? "?" : address;
        return "alamat:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }
}
