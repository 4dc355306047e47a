package id.kinerja.akses;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password: too many recent failures for this name or address. */
public class LoginDitahanException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long detik;

    public LoginDitahanException(long detik) {
        super("Terlalu banyak percobaan masuk; coba lagi dalam " + detik + " detik");
        this.detik = detik;
    }

    public long getDetik() {
        return detik;
    }
}
