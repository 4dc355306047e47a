package id.kinerja.validasi;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For the reporting calendar: the validation forum of a quarter is done when the quarter was first
 * locked (its first Berita Acara Validasi; a re-opening does not undo the forum that was held).
 */
@Component
class PenyerahanValidasi implements PenyerahanDokumen.PerTriwulan {

    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanValidasi(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.VALIDASI;
    }

    @Override
    public Map<Long, Instant> diserahkanTriwulan(Collection<Long> unitIds, int tahun, int tw) {
        Map<Long, Instant> out = new HashMap<>();
        jdbc.query("""
                select unit_id, min(dikunci_pada) from berita_acara_validasi
                 where tahun = :tahun and triwulan = :tw and unit_id in (:unit) group by unit_id""",
                new MapSqlParameterSource("tahun", tahun).addValue("tw", tw).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
