package id.kinerja.demo;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import id.kinerja.penilaian.AturanPenilaian;
import id.kinerja.penilaian.PenilaianService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.platform.waktu.Waktu;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Individual scores of the demo year: the head of Subbagian Evaluasi Kinerja (a new account,
 * kemenlu.kasubbag) rates the Analis Kebijakan (ROREN-PK-EVA-01) for semester I and leaves the
 * Perencana Ahli Pertama (ROREN-PK-EVA-02) unrated, so her own NP — rated by the Sekretaris
 * Jenderal — shows the 2-point penalty; the Sekretaris Jenderal, the evaluator's superior, confirms
 * the Analis's NCKP. Only once semester I is rateable by the clock; an HR official account
 * (kemenlu.sdm, PENGELOLA_SDM on Setjen) is always created.
 */
@Component
@Order(20)
class DemoPenilaian implements LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoPenilaian.class);

    private final PenilaianService penilaian;
    private final PenggunaService pengguna;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final Clock clock;

    DemoPenilaian(PenilaianService penilaian, PenggunaService pengguna, PasswordEncoder encoder,
            UserDetailsService users, Clock clock) {
        this.penilaian = penilaian;
        this.pengguna = pengguna;
        this.encoder = encoder;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void seed(Map<String, Long> unitIds) {
        String hash = encoder.encode("demo");
        pengguna.buatAkunAwal("kemenlu.kasubbag", "198606092010122903", "Intan Permatasari, S.E., M.M.",
                "Kepala Subbagian Evaluasi Kinerja", "Penata Tk. I (III/d)", hash, false,
                List.of(Map.entry(unitIds.get("ROREN-PK-EVA"), Peran.PIMPINAN)));
        pengguna.buatAkunAwal("kemenlu.sdm", "198205172006042901", "Rudi Hermawan, S.Psi.",
                "Kepala Bagian Kepegawaian", "Pembina (IV/a)", hash, false,
                List.of(Map.entry(unitIds.get("SETJEN"), Peran.PENGELOLA_SDM)));
        int tahun = DemoData.TAHUN_DEMO;
        LocalDate hariIni = Waktu.hariIni(clock);
        if (hariIni.getYear() > tahun + 1 || !AturanPenilaian.bolehDinilai(tahun, 2, hariIni)) {
            log.info("Demo NP skipped: semester I of {} is not rateable on {}", tahun, hariIni);
            return;
        }
        SecurityContext semula = SecurityContextHolder.getContext();
        try {
            Long analis = unitIds.get("ROREN-PK-EVA-01");
            masuk("kemenlu.kasubbag");
            penilaian.simpanNp(analis, tahun, 1, new BigDecimal("88.5"), "Disiplin dan kerja sama baik.", null);
            masuk("kemenlu.pimpinan");
            penilaian.simpanNp(unitIds.get("ROREN-PK-EVA"), tahun, 1, new BigDecimal("95"), null, null);
            penilaian.simpanReviu(analis, tahun, AturanPenilaian.Keputusan.SETUJU, null, null, null);
        } finally {
            SecurityContextHolder.setContext(semula);
        }
        log.info("Demo NP: semester I {} rated, one NCKP reviewed", tahun);
    }

    private void masuk(String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }
}
