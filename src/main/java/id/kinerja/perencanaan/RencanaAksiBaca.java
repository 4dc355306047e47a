package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of approved plans for the modules that report against them (realisasi, prints):
 * the PK version in force in a quarter, its IKU with trajectory and lineage root, and its Rencana
 * Aksi activities. A few SQL queries per call, never one per row. It checks no access: callers
 * check the unit's reach first.
 */
@Service
public class RencanaAksiBaca {

    private final JdbcTemplate jdbc;

    RencanaAksiBaca(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PkBerlaku(Long pkId, Long unitId, String unitKode, String unit, String organisasi,
            String rulebook, String kota, Long tahunAnggaranId, int tahun, int nomorVersi, int berlakuMulaiTriwulan,
            String pihakPertamaNama, String pihakPertamaJabatan, String pihakPertamaNip) {
    }

    public record IkuBaca(Long id, Long akarId, String ssKode, String ssNama, String perspektif, String kode,
            String nama, String satuan, String formula, BigDecimal target, JenisPeriode periodePelaporan,
            PeriodConsolidation konsolidasi, Polarization polarisasi, boolean dataMentah, String labelPembilang,
            String labelPenyebut, List<BigDecimal> trajektori) {

        /** Target "s.d. TW n" of the trajectory (the annual target at TW IV for a yearly IKU). */
        public BigDecimal targetSampai(int triwulan) {
            if (periodePelaporan == JenisPeriode.TAHUN) {
                return triwulan == 4 ? target : null;
            }
            int periode = triwulan * 3 / periodePelaporan.bulanPerPeriode();
            if (periode == 0 || trajektori.stream().limit(periode).allMatch(java.util.Objects::isNull)) {
                return null;
            }
            return id.kinerja.scoring.PeriodConsolidator.consolidate(konsolidasi, trajektori, periode);
        }
    }

    public record KegiatanBaca(Long id, Long akarId, Long ikuId, Long ikuAkarId, int triwulan, String nama,
            BigDecimal anggaran, String buktiDukung, boolean inisiatifStrategis, java.time.LocalDate mulai,
            java.time.LocalDate selesai) {
    }

    /** The approved version in force in quarter {@code triwulan}, if the unit has one. */
    @Transactional(readOnly = true)
    public Optional<PkBerlaku> pkBerlaku(Long unitId, int tahun, int triwulan) {
        return jdbc.query("""
                select p.id, u.id, u.kode, u.nama, o.nama, o.rulebook_key, o.kota, t.id, t.tahun, p.nomor_versi,
                       p.berlaku_mulai_triwulan, p.pihak_pertama_nama, p.pihak_pertama_jabatan, p.pihak_pertama_nip
                from perjanjian_kinerja p join unit u on u.id = p.unit_id join organisasi o on o.id = u.organisasi_id
                     join tahun_anggaran t on t.id = p.tahun_anggaran_id
                where p.unit_id = ? and t.tahun = ? and p.status in ('DITETAPKAN', 'DIGANTIKAN')
                  and p.berlaku_mulai_triwulan <= ?
                order by p.nomor_versi desc limit 1
                """, (rs, i) -> new PkBerlaku(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14)), unitId, tahun, triwulan)
                .stream().findFirst();
    }

    /** The PK's IKU ordered by SS code then IKU code, each with its trajectory (two queries). */
    @Transactional(readOnly = true)
    public List<IkuBaca> iku(Long pkId) {
        Map<Long, List<BigDecimal>> traj = new HashMap<>();
        jdbc.query("""
                select t.iku_id, t.nomor, t.target from target_periode t join iku i on i.id = t.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? and t.jenis_periode = i.periode_pelaporan
                order by t.iku_id, t.nomor
                """, rs -> {
            List<BigDecimal> l = traj.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
            int n = rs.getInt(2);
            while (l.size() < n) {
                l.add(null);
            }
            l.set(n - 1, rs.getBigDecimal(3));
        }, pkId);
        Map<Long, Long> akar = akar("iku", "select i.id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", pkId);
        List<IkuBaca> daftar = jdbc.query("""
                select i.id, i.id, s.kode, s.nama,
                       s.perspektif, i.kode, i.nama, i.satuan, i.formula, i.target, i.periode_pelaporan,
                       i.konsolidasi_periode, i.polarisasi,
                       (i.label_pembilang is not null or i.target_pembilang is not null), i.label_pembilang,
                       i.label_penyebut
                from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?
                """, (rs, n) -> {
            JenisPeriode periode = JenisPeriode.valueOf(rs.getString(11));
            List<BigDecimal> t = new ArrayList<>(traj.getOrDefault(rs.getLong(1), List.of()));
            while (t.size() < periode.jumlahPerTahun()) {
                t.add(null);
            }
            return new IkuBaca(rs.getLong(1), akar.getOrDefault(rs.getLong(1), rs.getLong(1)), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10), periode,
                    PeriodConsolidation.valueOf(rs.getString(12)), Polarization.valueOf(rs.getString(13)),
                    rs.getBoolean(14), rs.getString(15), rs.getString(16), java.util.Collections.unmodifiableList(t));
        }, pkId);
        return daftar.stream().sorted(URUTAN).toList();
    }

    private static final Comparator<String> KODE = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<IkuBaca> URUTAN = Comparator.comparing(IkuBaca::ssKode, KODE)
            .thenComparing(IkuBaca::kode, KODE);

    /** The PK's activities by quarter, each with its own and its IKU's lineage root. */
    @Transactional(readOnly = true)
    public List<KegiatanBaca> kegiatan(Long pkId) {
        Map<Long, Long> akarKegiatan = akar("kegiatan_renaksi", "select k.id from kegiatan_renaksi k join iku i on "
                + "i.id = k.iku_id join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?", pkId);
        Map<Long, Long> akarIku = akar("iku", "select i.id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", pkId);
        return jdbc.query("""
                select k.id, k.id, k.iku_id, k.iku_id, k.triwulan, k.nama,
                       k.anggaran, k.bukti_dukung, k.inisiatif_strategis, k.mulai, k.selesai
                from kegiatan_renaksi k join iku i on i.id = k.iku_id join sasaran_strategis s on s.id = i.ss_id
                where s.pk_id = ? order by k.triwulan, k.id
                """, (rs, n) -> new KegiatanBaca(rs.getLong(1), akarKegiatan.getOrDefault(rs.getLong(1), rs.getLong(1)),
                rs.getLong(3), akarIku.getOrDefault(rs.getLong(3), rs.getLong(3)),
                rs.getInt(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9),
                tanggal(rs.getDate(10)), tanggal(rs.getDate(11))), pkId);
    }

    /**
     * Lineage root (first version, following asal_id upwards) of each row of {@code tabel} selected
     * by {@code pilih}; one recursive query. {@code tabel} is a constant of this class, never input.
     */
    private Map<Long, Long> akar(String tabel, String pilih, Object... args) {
        Map<Long, Long> hasil = new HashMap<>();
        jdbc.query("with recursive naik (id, asal, mulai) as (select x.id, x.asal_id, x.id from " + tabel
                + " x where x.id in (" + pilih + ") union all select a.id, a.asal_id, n.mulai from " + tabel
                + " a join naik n on a.id = n.asal) select mulai, id from naik where asal is null",
                rs -> {
                    hasil.put(rs.getLong(1), rs.getLong(2));
                }, args);
        return hasil;
    }

    private static java.time.LocalDate tanggal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
