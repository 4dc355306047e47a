package id.kinerja.dialog;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import id.kinerja.platform.waktu.Waktu;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For the reporting calendar: a quarter's DKO is held on the date of the unit's first
 * organisation-level dialog in that quarter (as PemeriksaDko counts it), at the start of that WIB day.
 */
@Component
class PenyerahanDko implements PenyerahanDokumen.PerTriwulan {

    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanDko(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.DKO;
    }

    @Override
    public Map<Long, Instant> diserahkanTriwulan(Collection<Long> unitIds, int tahun, int tw) {
        Map<Long, Instant> out = new HashMap<>();
        jdbc.query("""
                select unit_id, min(tanggal) from dialog_kinerja
                 where tahun = :tahun and tingkat = 'ORGANISASI' and unit_id in (:unit)
                   and extract(quarter from tanggal) = :tw group by unit_id""",
                new MapSqlParameterSource("tahun", tahun).addValue("tw", tw).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getDate(2).toLocalDate().atStartOfDay(Waktu.WIB).toInstant());
                });
        return out;
    }
}
