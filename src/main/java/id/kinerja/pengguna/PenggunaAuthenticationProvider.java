package id.kinerja.pengguna;

import id.kinerja.akses.LoginDitahanException;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username/password sign-in for the login form and HTTP Basic alike: throttled by name at this
 * client address, by address, and for a name attacked from many addresses ({@link LoginThrottle})
 * before the password is even looked at, and every failure answered with the
 * same message whether the account exists, is inactive or the password is wrong. Failures and
 * throttled attempts go into the audit trail. A pair verified in the last minutes against the
 * account's current hash skips BCrypt ({@link KredensialTerverifikasi}); such a repeat does not
 * count as a new sign-in (no login_terakhir write).
 */
@Component
class PenggunaAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider dao;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final UserDetailsService users;
    private final KredensialTerverifikasi terverifikasi;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    PenggunaAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditService audit, KredensialTerverifikasi terverifikasi) {
        this.users = users;
        this.terverifikasi = terverifikasi;
        this.dao = new DaoAuthenticationProvider(users);
        this.dao.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        long tunggu = throttle.tunggu(username, address);
        if (tunggu > 0) {
            catat(AuditAksi.LOGIN_DITAHAN, username, address, tunggu);
            throw new LoginDitahanException(tunggu);
        }
        Object kredensial = authentication.getCredentials();
        try {
            // BCrypt reads at most 72 bytes; a longer one can never be a password set here
            if (kredensial instanceof String pw && pw.getBytes(StandardCharsets.UTF_8).length > 72) {
                throw new BadCredentialsException("Kata sandi terlalu panjang");
            }
            if (kredensial instanceof String pw) {
                String hash = terverifikasi.hashTerverifikasi(username, pw);
                if (hash != null) {
                    // verified recently against this very hash: re-read the account, skip BCrypt
                    UserDetails u = users.loadUserByUsername(username);
                    if (hash.equals(u.getPassword())) {
                        status.check(u);
                        UsernamePasswordAuthenticationToken ok = UsernamePasswordAuthenticationToken
                                .authenticated(u, kredensial, u.getAuthorities());
                        ok.setDetails(authentication.getDetails());
                        return ok;
                    }
                }
            }
            Authentication hasil = dao.authenticate(authentication);
            throttle.berhasil(username, address);
            if (kredensial instanceof String pw && hasil.getPrincipal() instanceof UserDetails u) {
                terverifikasi.ingat(username, pw, u.getPassword());
            }
            return hasil;
        } catch (AuthenticationException e) {
            boolean ditahan = throttle.gagal(username, address);
            catat(AuditAksi.LOGIN_GAGAL, username, address, null);
            if (ditahan) {
                long detik = throttle.tunggu(username, address);
                if (detik > 0) {
                    throw new LoginDitahanException(detik);
                }
            }
            // one message for a wrong password, an unknown name and an inactive account
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah");
        }
    }

    private void catat(AuditAksi aksi, String username, String address, Long detik) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", username.length() > 60 ? username.substring(0, 60) : username);
        data.put("alamat", address);
        if (detik != null) {
            data.put("tungguDetik", detik);
        }
        audit.catatSebagai("anonim", aksi, "Login", null, null, null, data, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
