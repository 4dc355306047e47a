package id.kinerja.realisasi;

import id.kinerja.organisasi.JenisPeriode;
import java.math.BigDecimal;
import java.sql.Array;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The batch path's read of saved values: one streamed query over the subtree's units (the
 * ministry has ~560k values), straight into the maps the score reads — no entities, no
 * persistence context. The single-unit path keeps reading {@link Realisasi} entities.
 */
@Component
class NilaiSubtree {

    /** rows per round trip while streaming (PostgreSQL streams inside a transaction) */
    private static final int UKURAN_AMBIL = 5_000;

    private final JdbcTemplate jdbc;

    NilaiSubtree(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(UKURAN_AMBIL);
    }

    /** IKU lineage → period → value, of the units' values in the budget year. */
    Map<Long, Map<KodePeriode, NilaiTersimpan>> baca(Long tahunAnggaranId, List<Long> unitIds) {
        Map<Long, Map<KodePeriode, NilaiTersimpan>> out = new HashMap<>();
        Map<JenisPeriode, KodePeriode[]> kode = new EnumMap<>(JenisPeriode.class);
        for (JenisPeriode j : JenisPeriode.values()) {
            KodePeriode[] k = new KodePeriode[j.jumlahPerTahun() + 1];
            for (int i = 1; i <= j.jumlahPerTahun(); i++) {
                k[i] = new KodePeriode(j, i);
            }
            kode.put(j, k);
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select iku_akar_id, jenis_periode, nomor, jenis_nilai, nilai, pembilang, penyebut, label, alasan,
                    status_validasi from realisasi where tahun_anggaran_id = ? and unit_id = any(?)""");
            Array ids = con.createArrayOf("bigint", unitIds.toArray());
            ps.setLong(1, tahunAnggaranId);
            ps.setArray(2, ids);
            return ps;
        }, rs -> {
            long akar = rs.getLong(1);
            JenisPeriode jenis = JenisPeriode.valueOf(rs.getString(2));
            int nomor = rs.getInt(3);
            KodePeriode[] k = kode.get(jenis);
            KodePeriode kp = nomor >= 1 && nomor < k.length ? k[nomor] : new KodePeriode(jenis, nomor);
            String status = rs.getString(10);
            BigDecimal nilai = rs.getBigDecimal(5);
            NilaiTersimpan n = new NilaiTersimpan(new NilaiMasukan(JenisNilai.valueOf(rs.getString(4)), nilai,
                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9)),
                    status == null ? null : StatusValidasi.valueOf(status));
            out.computeIfAbsent(akar, x -> new HashMap<>(8)).put(kp, n);
        });
        return out;
    }
}
