package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.DemoUnits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A fresh unit under Kemenko Marves for one test, with a code no other test (or run) uses. */
final class UnitUji {

    private UnitUji() {
    }

    static long buat(UserDetailsService users, UnitService units, JdbcTemplate jdbc, String awalan) {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            String kode = awalan + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            return units.buat(new UnitParameters(DemoUnits.id(jdbc, "MARVES"), kode, "Unit uji " + kode,
                    JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
