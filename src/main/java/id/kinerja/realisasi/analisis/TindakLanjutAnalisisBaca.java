package id.kinerja.realisasi.analisis;

import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;

    TindakLanjutAnalisisBaca(JdbcTemplate jdbc, OrganisasiQuery organisasi, RencanaKinerjaApi rencana) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
        this.rencana = rencana;
    }

    /** An open follow-up; {@code lewat} when its target quarter ended before {@code triwulanSekarang}. */
    public record Terbuka(Long id, String ikuKode, String rekomendasi, String penanggungJawab, int dibukaTriwulan,
            int targetTriwulan, boolean lewat) {
    }

    /** The unit's still open follow-ups of a year, oldest target first (at most 200). */
    @Transactional(readOnly = true)
    public List<Terbuka> terbuka(Long unitId, int tahun, int triwulanSekarang) {
        // fiscal years via OrganisasiQuery, IKU codes via RencanaKinerjaApi: the SQL reads only our own tables
        Long[] tahunAnggaran = organisasi.idTahunAnggaran(tahun).toArray(Long[]::new);
        record Baris(Long id, Long ikuId, String rekomendasi, String penanggungJawab, int dibuka, int target) {
        }
        List<Baris> baris = jdbc.query("""
                select t.id, a.iku_id, t.rekomendasi, t.penanggung_jawab, t.dibuka_triwulan, t.target_triwulan
                from tindak_lanjut t join analisis_iku a on a.id = t.analisis_id
                where t.unit_id = ? and a.tahun_anggaran_id = any(?) and t.status = 'TERBUKA'
                order by t.target_triwulan, t.id limit 200
                """, (rs, n) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6)), unitId, tahunAnggaran);
        Map<Long, String> kode = rencana.iku(baris.stream().map(Baris::ikuId).distinct().toList()).stream()
                .collect(Collectors.toMap(IkuRencana::id, IkuRencana::kode));
        return baris.stream().map(b -> new Terbuka(b.id(), kode.get(b.ikuId()), b.rekomendasi(), b.penanggungJawab(),
                b.dibuka(), b.target(), b.target() < triwulanSekarang)).toList();
    }
}
