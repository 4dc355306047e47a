package id.kinerja.pengguna;

import id.kinerja.platform.galat.BusinessRuleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password policy for passwords set through the application (seeded demo accounts bypass it):
 * at least 12 characters (a passphrase of several words qualifies), not only spaces, not one
 * repeated character, not on the bundled list of common passwords, not the username, and at most
 * 72 bytes in UTF-8 — BCrypt ignores (or refuses) anything beyond.
 */
final class KebijakanPassword {

    static final int PANJANG_MIN = 12;
    static final int BYTE_MAKS = 72;
    private static final Set<String> UMUM = muatDaftar();

    private KebijakanPassword() {
    }

    static void periksa(String password, String username) {
        if (password == null || password.isBlank()) {
            throw new BusinessRuleException("password", "pengguna.password.pendek", PANJANG_MIN);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BYTE_MAKS) {
            throw new BusinessRuleException("password", "pengguna.password.terlaluPanjang", BYTE_MAKS);
        }
        if (password.codePointCount(0, password.length()) < PANJANG_MIN) {
            throw new BusinessRuleException("password", "pengguna.password.pendek", PANJANG_MIN);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String ringkas = lower.replaceAll("[\\s._-]", "");
        if (UMUM.contains(lower) || UMUM.contains(ringkas) || password.codePoints().distinct().count() < 4) {
            throw new BusinessRuleException("password", "pengguna.password.umum");
        }
        if (username != null && !username.isBlank()
                && (ringkas.contains(username.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", ""))
                        && ringkas.length() < username.length() + 6)) {
            throw new BusinessRuleException("password", "pengguna.password.samaUsername");
        }
    }

    private static Set<String> muatDaftar() {
        var in = KebijakanPassword.class.getResourceAsStream("/akses/password-umum.txt");
        if (in == null) {
            throw new IllegalStateException("Daftar kata sandi umum tidak ditemukan");
        }
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
