package id.kinerja.validasi;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For the reporting calendar: the validation forum of a quarter is done when the quarter was first
 * locked (its first Berita Acara Validasi; a re-opening does not undo the forum that was held).
 */
@Component
class PenyerahanValidasi implements PenyerahanDokumen {

    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanValidasi(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.VALIDASI;
    }

    @Override
    public Optional<Instant> diserahkan(long unitId, int tahun, String periode) {
        return Optional.ofNullable(diserahkan(List.of(unitId), tahun, periode).get(unitId));
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty() || !periode.matches("TW[1-4]")) {
            return out;
        }
        jdbc.query("""
                select unit_id, min(dikunci_pada) from berita_acara_validasi
                 where tahun = :tahun and triwulan = :tw and unit_id in (:unit) group by unit_id""",
                new MapSqlParameterSource("tahun", tahun).addValue("tw", periode.charAt(2) - '0')
                        .addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
