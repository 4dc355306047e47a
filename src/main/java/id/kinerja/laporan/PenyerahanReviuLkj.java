package id.kinerja.laporan;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** For the reporting calendar: the inspectorate's review counts when the signed annual LKj has its review record. */
@Component
class PenyerahanReviuLkj implements PenyerahanDokumen {

    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanReviuLkj(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.REVIU_LKJ;
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.query("select unit_id, direviu_pada from lkj_reviu where tahun = :tahun and unit_id in (:unit)",
                new MapSqlParameterSource("tahun", tahun).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
