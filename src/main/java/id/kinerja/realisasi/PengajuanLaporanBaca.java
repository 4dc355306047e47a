package id.kinerja.realisasi;

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
 * When each unit submitted (diajukan) its realisation report of a quarter, for the reporting
 * calendar. A report counts while it is submitted, approved or locked; one returned for
 * correction does not (until submitted again, and then its latest submission counts). No access
 * check here: callers check reach first.
 */
@Service
public class PengajuanLaporanBaca {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisasiQuery organisasi;

    PengajuanLaporanBaca(NamedParameterJdbcTemplate jdbc, OrganisasiQuery organisasi) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
    }

    public Map<Long, Instant> diajukan(Collection<Long> unitIds, int tahun, int triwulan) {
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
                select l.unit_id, l.diajukan_pada from laporan_realisasi l
                 where l.tahun_anggaran_id in (:ta) and l.triwulan = :tw and l.unit_id in (:unit)
                   and l.diajukan_pada is not null and (l.status in ('DIAJUKAN', 'DISETUJUI') or l.terkunci)""",
                new MapSqlParameterSource("ta", ta).addValue("tw", triwulan).addValue("unit", unitIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
