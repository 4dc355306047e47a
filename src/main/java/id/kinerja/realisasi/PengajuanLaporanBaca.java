package id.kinerja.realisasi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * When each unit submitted (diajukan) its realisation report of a quarter, for the reporting
 * calendar. A report counts while it is submitted, approved or locked; one returned for
 * correction does not (until submitted again, and then its latest submission counts). No access
 * check here: callers check reach first.
 */
@Service
public class PengajuanLaporanBaca {

    private final NamedParameterJdbcTemplate jdbc;

    PengajuanLaporanBaca(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Instant> diajukan(Collection<Long> unitIds, int tahun, int triwulan) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select l.unit_id, l.diajukan_pada from laporan_realisasi l
                  join tahun_anggaran t on t.id = l.tahun_anggaran_id
                 where t.tahun = :tahun and l.triwulan = :tw and l.unit_id in (:unit)
                   and l.diajukan_pada is not null and (l.status in ('DIAJUKAN', 'DISETUJUI') or l.terkunci)""",
                new MapSqlParameterSource("tahun", tahun).addValue("tw", triwulan).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
