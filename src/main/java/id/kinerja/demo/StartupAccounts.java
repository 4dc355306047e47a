package id.kinerja.demo;

import id.kinerja.pengguna.PenggunaService;
import id.kinerja.platform.database.EmbeddedPostgresServer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start. Demo mode (the default on the embedded database) seeds the demo organisations and
 * accounts once. Production mode seeds nothing but the first super admin from environment
 * variables, and refuses to start with a missing, short or default password.
 */
@Component
@Order(0)
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);
    static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "kinerja", "changeme",
            "12345678", "123456789012");
    static final int PANJANG_MIN_ADMIN = 12;

    private final PenggunaService pengguna;
    private final DemoData demo;
    private final PasswordEncoder encoder;
    private final boolean demoMode;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminNama;
    private final PenyiapanDemo penyiapan;

    StartupAccounts(PenggunaService pengguna, DemoData demo, PasswordEncoder encoder,
            ObjectProvider<EmbeddedPostgresServer> embedded, DemoProperties demoSetting, AdminAwalProperties admin,
            PenyiapanDemo penyiapan) {
        this.penyiapan = penyiapan;
        this.pengguna = pengguna;
        this.demo = demo;
        this.encoder = encoder;
        this.demoMode = demoSetting.aktif(embedded.getIfAvailable() != null);
        this.adminUsername = admin.username();
        this.adminPassword = admin.password();
        this.adminNama = admin.nama();
        // from before the web server answers: a first sign-in must not find an empty application
        if (demoMode && !pengguna.adaPengguna()) {
            penyiapan.mulai();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode) {
            if (!pengguna.adaPengguna()) {
                try {
                    demo.seed();
                } finally {
                    penyiapan.selesai();
                }
                log.info("Demo data seeded: sign in as admin / demo (see README for every demo account)");
            }
            return;
        }
        if (!pengguna.adaPengguna()) {
            periksaPasswordAdmin(adminUsername, adminPassword);
            pengguna.buatAkunAwal(adminUsername.trim(), null, adminNama, "Administrator Sistem", null,
                    encoder.encode(adminPassword), true, List.of());
            log.info("First super admin '{}' created from KINERJA_ADMIN_USERNAME", adminUsername.trim());
        }
        if (pengguna.adaSuperAdminDenganPassword(DEFAULT_PASSWORDS)) {
            throw new IllegalStateException("Refusing to start outside demo mode: a super admin still has a "
                    + "default password. Change it (or run with KINERJA_DEMO=true on a demo database).");
        }
    }

    static void periksaPasswordAdmin(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("Outside demo mode the first super admin comes from the environment: "
                    + "set KINERJA_ADMIN_USERNAME and KINERJA_ADMIN_PASSWORD.");
        }
        if (password == null || password.length() < PANJANG_MIN_ADMIN
                || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("Refusing to start: KINERJA_ADMIN_PASSWORD must be at least "
                    + PANJANG_MIN_ADMIN + " characters and not a default password.");
        }
    }
}
