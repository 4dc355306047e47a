package id.kinerja.pengguna;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling: after N wrong passwords in a row the account is locked for a while.
 * Kept in the database, so it holds across several application instances.
 */
@Component
class LoginThrottle {

    private final PenggunaRepository pengguna;
    private final int maxGagal;
    private final Duration kunci;
    private final Clock clock;

    LoginThrottle(PenggunaRepository pengguna,
            @Value("${kinerja.security.max-failed-logins:5}") int maxGagal,
            @Value("${kinerja.security.lockout:15m}") Duration kunci, Clock clock) {
        this.pengguna = pengguna;
        this.clock = clock;
        this.maxGagal = maxGagal;
        this.kunci = kunci;
    }

    @EventListener
    @Transactional
    public void gagal(AuthenticationFailureBadCredentialsEvent event) {
        pengguna.catatGagalLogin(event.getAuthentication().getName(), maxGagal, clock.instant().plus(kunci));
    }

    @EventListener
    @Transactional
    public void berhasil(AuthenticationSuccessEvent event) {
        pengguna.catatLoginBerhasil(event.getAuthentication().getName(), clock.instant());
    }
}
