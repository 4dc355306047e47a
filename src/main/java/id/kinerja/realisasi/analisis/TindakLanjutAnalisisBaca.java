package id.kinerja.realisasi.analisis;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API of the analysis follow-ups (rekomendasi / tindak lanjut, Marves §2.3.1) for other
 * modules (the Dialog Kinerja shows them beside its own). No access check: callers check the
 * unit's reach first.
 */
@Service
public class TindakLanjutAnalisisBaca {

    private final JdbcTemplate jdbc;

    TindakLanjutAnalisisBaca(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An open follow-up; {@code lewat} when its target quarter ended before {@code triwulanSekarang}. */
    public record Terbuka(Long id, String ikuKode, String rekomendasi, String penanggungJawab, int dibukaTriwulan,
            int targetTriwulan, boolean lewat) {
    }

    /** The unit's still open follow-ups of a year, oldest target first (at most 200). */
    @Transactional(readOnly = true)
    public List<Terbuka> terbuka(Long unitId, int tahun, int triwulanSekarang) {
        return jdbc.query("""
                select t.id, i.kode, t.rekomendasi, t.penanggung_jawab, t.dibuka_triwulan, t.target_triwulan
                from tindak_lanjut t join analisis_iku a on a.id = t.analisis_id
                     join tahun_anggaran ta on ta.id = a.tahun_anggaran_id join iku i on i.id = a.iku_id
                where t.unit_id = ? and ta.tahun = ? and t.status = 'TERBUKA'
                order by t.target_triwulan, t.id limit 200
                """, (rs, n) -> new Terbuka(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(6) < triwulanSekarang), unitId, tahun);
    }
}
