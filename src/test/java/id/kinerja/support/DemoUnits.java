package id.kinerja.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Looks up demo units by code, so tests never hard-code generated ids. */
public final class DemoUnits {

    private DemoUnits() {
    }

    public static long id(JdbcTemplate jdbc, String kode) {
        return jdbc.queryForObject("select id from unit where kode = ?", Long.class, kode);
    }
}
