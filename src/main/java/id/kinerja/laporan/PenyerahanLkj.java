package id.kinerja.laporan;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * For the reporting calendar: an LKj counts as handed in when the head has signed it (a draft or a
 * submitted report is not yet the unit's report).
 */
class PenyerahanLkj implements PenyerahanDokumen {

    private final JenisDokumen jenis;
    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanLkj(JenisDokumen jenis, NamedParameterJdbcTemplate jdbc) {
        this.jenis = jenis;
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return jenis;
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select unit_id, ditandatangani_pada from lkj
                 where tahun = :tahun and periode = :periode and unit_id in (:unit) and status = 'DITANDATANGANI'""",
                new MapSqlParameterSource("tahun", tahun).addValue("periode", periode).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
