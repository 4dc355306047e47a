package id.kinerja.demo;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.JenisNilai;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.StatusValidasi;
import id.kinerja.realisasi.ValidasiRealisasiApi;
import id.kinerja.realisasi.ValidasiRealisasiApi.NilaiTriwulan;
import id.kinerja.validasi.ValidasiService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The validation forum of the demo year, by the demo validators (never by who entered or approved):
 * every ended TW I and TW II of the approved demo PKs validated and locked with its berita acara;
 * TW III in the forum — Inspektorat Evaluasi (ROREN-PK-EVA-01) has values valid and one tidak
 * valid that its planner corrected (back for validation), Asdep Energi (M-ASDEP-EN) some values
 * valid, Biro Perencanaan (ROREN) still open. Only quarters the clock has ended are locked.
 */
@Component
@Order(10)
class DemoValidasi implements LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoValidasi.class);
    private static final List<String> KEMENLU = List.of("ROREN-PK-EVA-01", "ROREN", "ASPASAF", "SETJEN", "KEMENLU");
    private static final List<String> MARVES = List.of("M-ASDEP-EN", "M-DEP1", "M-DEP2", "MARVES");

    private final ValidasiService validasi;
    private final ValidasiRealisasiApi realisasi;
    private final RealisasiService realisasiService;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final Clock clock;

    DemoValidasi(ValidasiService validasi, ValidasiRealisasiApi realisasi, RealisasiService realisasiService,
            UserDetailsService users, JdbcTemplate jdbc, EntityManager em, Clock clock) {
        this.validasi = validasi;
        this.realisasi = realisasi;
        this.realisasiService = realisasiService;
        this.users = users;
        this.jdbc = jdbc;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void seed(Map<String, Long> unitIds) {
        long mulai = System.nanoTime();
        SecurityContext semula = SecurityContextHolder.getContext();
        int terkunci = 0;
        try {
            // the demo validators serve every demo unit of their ministry (a role on that unit only)
            KEMENLU.forEach(k -> tugaskan("kemenlu.validator", unitIds.get(k)));
            MARVES.forEach(k -> tugaskan("marves.validator", unitIds.get(k)));
            int tahun = DemoData.TAHUN_DEMO;
            LocalDate hariIni = Waktu.hariIni(clock);
            for (int tw = 1; tw <= 2; tw++) {
                if (!hariIni.isAfter(LocalDate.of(tahun, tw * 3, 1).plusMonths(1).minusDays(1))) {
                    continue;
                }
                for (String kode : semua()) {
                    if (kunci(unitIds.get(kode), tahun, tw)) {
                        terkunci++;
                    }
                }
            }
            if (hariIni.isAfter(LocalDate.of(tahun, 9, 30))) {
                forumTw3(unitIds, tahun);
            }
        } finally {
            SecurityContextHolder.setContext(semula);
        }
        log.info("Demo validation: {} quarters locked in {} ms", terkunci, (System.nanoTime() - mulai) / 1_000_000);
    }

    private static List<String> semua() {
        return Stream.concat(KEMENLU.stream(), MARVES.stream()).toList();
    }

    private static String validator(String kode) {
        return MARVES.contains(kode) ? "marves.validator" : "kemenlu.validator";
    }

    /** Every value valid, then the lock; false when the quarter is not ready (nothing submitted). */
    private boolean kunci(Long unitId, int tahun, int tw) {
        String kode = jdbc.queryForObject("select kode from unit where id = ?", String.class, unitId);
        em.flush();
        em.clear();
        masuk(validator(kode));
        var t = realisasi.triwulan(unitId, tahun, tw).orElse(null);
        if (t == null || !t.laporan().diajukan() || t.laporan().terkunci() || t.nilai().isEmpty()) {
            return false;
        }
        for (NilaiTriwulan n : t.nilai()) {
            if (n.realisasiId() != null && n.status() != StatusValidasi.VALID) {
                validasi.nilai(unitId, tahun, tw, n.realisasiId(), StatusValidasi.VALID, null, n.version());
            }
        }
        // asked first, never caught: an exception inside the seed's one transaction would roll it all back
        List<String> belum = validasi.alasanBelumBisaDikunci(unitId, tahun, tw);
        if (!belum.isEmpty()) {
            log.warn("Demo validation: {} TW{} not locked: {}", kode, tw, belum);
            return false;
        }
        validasi.kunci(unitId, tahun, tw, MARVES.contains(kode) ? "Jakarta (Kemenko Marves)" : "Jakarta (Pejambon)");
        return true;
    }

    private void forumTw3(Map<String, Long> unitIds, int tahun) {
        // Inspektorat Evaluasi: valid except one value, returned and corrected by the unit's planner
        Long eva = unitIds.get("ROREN-PK-EVA-01");
        em.flush();
        em.clear();
        masuk("kemenlu.validator");
        var t = realisasi.triwulan(eva, tahun, 3).orElse(null);
        if (t != null && t.laporan().diajukan()) {
            NilaiTriwulan dikembalikan = null;
            for (NilaiTriwulan n : t.nilai()) {
                if (n.realisasiId() == null) {
                    continue;
                }
                if (dikembalikan == null && n.jenis() == JenisNilai.ANGKA) {
                    dikembalikan = n;
                    validasi.nilai(eva, tahun, 3, n.realisasiId(), StatusValidasi.TIDAK_VALID,
                            "Angka tidak sesuai laporan kegiatan yang dilampirkan; mohon periksa kembali rekap triwulan.",
                            n.version());
                } else {
                    validasi.nilai(eva, tahun, 3, n.realisasiId(), StatusValidasi.VALID, "Sesuai bukti dukung",
                            n.version());
                }
            }
            if (dikembalikan != null) {
                em.flush();
                em.clear();
                masuk("kemenlu.pko");
                String baru = dikembalikan.nilai().multiply(new BigDecimal("0.98"))
                        .setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
                Long id = dikembalikan.realisasiId();
                long versi = realisasi.triwulan(eva, tahun, 3).orElseThrow().nilai().stream()
                        .filter(n -> id.equals(n.realisasiId())).findFirst().orElseThrow().version();
                realisasiService.simpanSemua(eva, tahun, 3, List.of(new RealisasiService.Baris(dikembalikan.ikuId(),
                        dikembalikan.periode(), versi,
                        new RealisasiService.Masukan(baru, null, null, null, false, null))));
            }
        }
        // Asdep Energi: the first half of its values judged valid so far
        Long energi = unitIds.get("M-ASDEP-EN");
        em.flush();
        em.clear();
        masuk("marves.validator");
        var e = realisasi.triwulan(energi, tahun, 3).orElse(null);
        if (e != null && e.laporan().diajukan()) {
            List<NilaiTriwulan> ada = e.nilai().stream().filter(n -> n.realisasiId() != null).toList();
            for (NilaiTriwulan n : ada.subList(0, ada.size() / 2)) {
                validasi.nilai(energi, tahun, 3, n.realisasiId(), StatusValidasi.VALID, null, n.version());
            }
        }
    }

    private void tugaskan(String username, Long unitId) {
        jdbc.update("""
                insert into penugasan (pengguna_id, unit_id, peran)
                select id, ?, 'VALIDATOR' from pengguna where username = ? on conflict do nothing""", unitId, username);
    }

    private void masuk(String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }
}
