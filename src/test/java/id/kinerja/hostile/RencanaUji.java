package id.kinerja.hostile;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh Marves unit under Deputi 1 with its own draft 2026 PK (one SS, one quarterly IKU), made
 * by marves.pkounit, so that a hostile test never depends on, or disturbs, the demo plans.
 */
final class RencanaUji {

    private static final AtomicInteger NOMOR = new AtomicInteger();

    record Rencana(long unitId, long pkId, long ssId, long ikuId) {
    }

    private RencanaUji() {
    }

    static String unik(String awalan) {
        return awalan + "-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36) + NOMOR.incrementAndGet();
    }

    static void sebagai(UserDetailsService users, String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    static Rencana draf(UserDetailsService users, UnitService units, PerencanaanService perencanaan,
            JdbcTemplate jdbc) {
        try {
            sebagai(users, "admin");
            long dep1 = jdbc.queryForObject("select id from unit where kode = 'M-DEP1'", Long.class);
            String kode = unik("H").toUpperCase(Locale.ROOT);
            long unit = units.buat(new UnitParameters(dep1, kode, "Asisten Deputi Uji " + kode,
                    JenisUnit.UNIT_KERJA, false, "Asisten Deputi Uji", 90)).id();
            sebagai(users, "marves.pkounit");
            long pk = perencanaan.buka(unit, 2026).id();
            long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya ketahanan maritim uji " + kode, null,
                    Perspective.STAKEHOLDER, 1);
            long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku(
                    "Jumlah rekomendasi kebijakan").satuan("rekomendasi").target("100").build());
            perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), iku, List.of(new BigDecimal("10"), new BigDecimal("20"),
                    new BigDecimal("30"), new BigDecimal("40")));
            return new Rencana(unit, pk, ss, iku);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
