package id.kinerja.dialog;

import id.kinerja.kalender.JenisDokumen;
import id.kinerja.kalender.PenyerahanDokumen;
import id.kinerja.platform.waktu.Waktu;
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
 * For the reporting calendar: a quarter's DKO is held on the date of the unit's first
 * organisation-level dialog in that quarter (as PemeriksaDko counts it), at the start of that WIB day.
 */
@Component
class PenyerahanDko implements PenyerahanDokumen {

    private final NamedParameterJdbcTemplate jdbc;

    PenyerahanDko(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.DKO;
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
        int tw = periode.charAt(2) - '0';
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
