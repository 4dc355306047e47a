package id.kinerja.pengguna;

import id.kinerja.akses.Peran;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who holds which role directly on a unit (active users only): the people a reminder about that
 * unit goes to. Roles inherited from a unit higher up are not included on purpose — a PKO of the
 * whole ministry is not reminded of every section's deadline.
 */
@Service
public class PemegangPeran {

    private final NamedParameterJdbcTemplate jdbc;

    PemegangPeran(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pemegang(long penggunaId, String username, String nama, String email, long unitId, Peran peran) {
    }

    public List<Pemegang> padaUnit(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.id, p.username, p.nama, p.email, t.unit_id, t.peran from penugasan t
                  join pengguna p on p.id = t.pengguna_id
                 where p.aktif and t.unit_id in (:unit) order by t.unit_id, p.id""",
                new MapSqlParameterSource("unit", unitIds),
                (rs, i) -> new Pemegang(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), Peran.valueOf(rs.getString(6))));
    }

    /** An active user addressed by username (a notice to one named person), with their e-mail address. */
    public record Penerima(long penggunaId, String username, String email) {
    }

    public Optional<Penerima> aktif(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select p.id, p.username, p.email from pengguna p where p.aktif and p.username = :u",
                new MapSqlParameterSource("u", username),
                (rs, i) -> new Penerima(rs.getLong(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }
}
