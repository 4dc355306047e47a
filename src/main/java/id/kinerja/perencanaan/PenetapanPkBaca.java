package id.kinerja.perencanaan;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import id.kinerja.organisasi.OrganisasiQuery;
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
    private final OrganisasiQuery organisasi;

    PenetapanPkBaca(NamedParameterJdbcTemplate jdbc, OrganisasiQuery organisasi) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
    }

    public Map<Long, Instant> ditetapkanPertama(Collection<Long> unitIds, int tahun) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        // fiscal years through OrganisasiQuery: this module reads only its own tables
        List<Long> ta = organisasi.idTahunAnggaran(tahun);
        if (ta.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select p.unit_id, min(p.ditetapkan_pada) as pada from perjanjian_kinerja p
                 where p.tahun_anggaran_id in (:ta) and p.unit_id in (:unit) and p.ditetapkan_pada is not null
                 group by p.unit_id""", new MapSqlParameterSource("ta", ta).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
