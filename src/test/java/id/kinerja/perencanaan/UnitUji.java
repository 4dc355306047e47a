package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.DemoUnits;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh unit for one test, with a code no other test (or run) uses, so no test builds on another's
 * rows. Created as the super admin; the caller's security context (e.g. from {@code @WithUserDetails})
 * is restored afterwards.
 */
public final class UnitUji {

    private UnitUji() {
    }

    /** A unit directly under Kemenko Marves. */
    public static long buat(UserDetailsService users, UnitService units, JdbcTemplate jdbc, String awalan) {
        return sebagaiAdmin(users, () -> buatDi(units, DemoUnits.id(jdbc, "MARVES"), awalan, false,
                JenisUnit.UNIT_KERJA));
    }

    /**
     * A sibling of a demo unit: same parent, kind and map ownership, so the same rulebook, level and
     * planning rules apply to it as to the demo unit, without touching that unit's PK.
     */
    public static long saudara(UserDetailsService users, UnitService units, JdbcTemplate jdbc, String kodeDemo,
            String awalan) {
        Map<String, Object> u = jdbc.queryForMap("select induk_id, jenis, pemilik_peta from unit where kode = ?",
                kodeDemo);
        return sebagaiAdmin(users, () -> buatDi(units, ((Number) u.get("induk_id")).longValue(), awalan,
                (Boolean) u.get("pemilik_peta"), JenisUnit.valueOf((String) u.get("jenis"))));
    }

    /** A draft 2026 PK of a fresh sibling of a demo unit, opened by the super admin. */
    public static long pkSaudara(UserDetailsService users, UnitService units, PerencanaanService perencanaan,
            JdbcTemplate jdbc, String kodeDemo, String awalan) {
        long unit = saudara(users, units, jdbc, kodeDemo, awalan);
        return sebagaiAdmin(users, () -> perencanaan.buka(unit, 2026).id());
    }

    private static long buatDi(UnitService units, long indukId, String awalan, boolean pemilikPeta, JenisUnit jenis) {
        String kode = awalan + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        return units.buat(new UnitParameters(indukId, kode, "Unit uji " + kode, jenis, pemilikPeta,
                "Kepala Unit Uji", 99)).id();
    }

    private static long sebagaiAdmin(UserDetailsService users, LongSupplier kerja) {
        SecurityContext semula = SecurityContextHolder.getContext();
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContext c = SecurityContextHolder.createEmptyContext();
        c.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(c);
        try {
            return kerja.getAsLong();
        } finally {
            SecurityContextHolder.setContext(semula);
        }
    }
}
