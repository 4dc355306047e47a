package id.kinerja.perencanaan;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * When each unit's PK of a year was first approved (ditetapkan), for the reporting calendar: the
 * deadline concerns the first approval; later revisions do not make a unit late. No access check
 * here: callers check reach first.
 */
@Service
public class PenetapanPkBaca {

    private final NamedParameterJdbcTemplate jdbc;

    PenetapanPkBaca(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Instant> ditetapkanPertama(Collection<Long> unitIds, int tahun) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select p.unit_id, min(p.ditetapkan_pada) as pada from perjanjian_kinerja p
                  join tahun_anggaran t on t.id = p.tahun_anggaran_id
                 where t.tahun = :tahun and p.unit_id in (:unit) and p.ditetapkan_pada is not null
                 group by p.unit_id""", new MapSqlParameterSource("tahun", tahun).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
