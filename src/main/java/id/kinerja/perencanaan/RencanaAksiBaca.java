package id.kinerja.perencanaan;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import id.kinerja.organisasi.OrganisasiQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of approved plans for the modules that report against them (realisasi, prints):
 * the PK version in force in a quarter with its parties, and its Rencana Aksi activities with
 * their lineage roots (IKU and SS attributes come from {@link RencanaKinerjaApi}). A few SQL queries per call, never one per row. It checks no access: callers
 * check the unit's reach first.
 */
@Service
public class RencanaAksiBaca {

    private final JdbcTemplate jdbc;

    private final OrganisasiQuery organisasi;

    RencanaAksiBaca(JdbcTemplate jdbc, OrganisasiQuery organisasi) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
    }

    public record PkBerlaku(Long pkId, Long unitId, String unitKode, String unit, String organisasi,
            String rulebook, String kota, Long tahunAnggaranId, int tahun, int nomorVersi, int berlakuMulaiTriwulan,
            String pihakPertamaNama, String pihakPertamaJabatan, String pihakPertamaNip) {
    }

    public record KegiatanBaca(Long id, Long akarId, Long ikuId, Long ikuAkarId, String ikuKode, String ikuNama,
            String ssKode, int triwulan, String nama,
            BigDecimal anggaran, String buktiDukung, boolean inisiatifStrategis, LocalDate mulai,
            LocalDate selesai) {
    }

    /** The approved version in force in quarter {@code triwulan}, if the unit has one. */
    @Transactional(readOnly = true)
    public Optional<PkBerlaku> pkBerlaku(Long unitId, int tahun, int triwulan) {
        // unit, organisation and fiscal year through OrganisasiQuery; the PK from our own table
        var unit = organisasi.unit(unitId);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        var u = unit.get();
        var ta = organisasi.tahunAnggaranId(u.organisasiId(), tahun);
        if (ta.isEmpty()) {
            return Optional.empty();
        }
        String kota = organisasi.kota(u.organisasiId()).orElse(null);
        return jdbc.query("""
                select p.id, p.nomor_versi, p.berlaku_mulai_triwulan, p.pihak_pertama_nama, p.pihak_pertama_jabatan,
                       p.pihak_pertama_nip
                from perjanjian_kinerja p
                where p.unit_id = ? and p.tahun_anggaran_id = ? and p.status in ('DITETAPKAN', 'DIGANTIKAN')
                  and p.berlaku_mulai_triwulan <= ?
                order by p.nomor_versi desc limit 1
                """, (rs, i) -> new PkBerlaku(rs.getLong(1), u.id(), u.kode(), u.nama(), u.organisasi(),
                u.rulebookKey(), kota, ta.get(), tahun, rs.getInt(2), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getString(6)), unitId, ta.get(), triwulan)
                .stream().findFirst();
    }

    /** The PK's activities by quarter, each with its own and its IKU's lineage root. */
    @Transactional(readOnly = true)
    public List<KegiatanBaca> kegiatan(Long pkId) {
        Map<Long, Long> akarKegiatan = akar("kegiatan_renaksi", "select k.id from kegiatan_renaksi k join iku i on "
                + "i.id = k.iku_id join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?", pkId);
        Map<Long, Long> akarIku = akar("iku", "select i.id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", pkId);
        return jdbc.query("""
                select k.id, k.id, k.iku_id, k.iku_id, k.triwulan, k.nama,
                       k.anggaran, k.bukti_dukung, k.inisiatif_strategis, k.mulai, k.selesai, i.kode, i.nama, s.kode
                from kegiatan_renaksi k join iku i on i.id = k.iku_id join sasaran_strategis s on s.id = i.ss_id
                where s.pk_id = ? order by length(s.kode), s.kode, length(i.kode), i.kode, k.triwulan, k.id
                """, (rs, n) -> new KegiatanBaca(rs.getLong(1), akarKegiatan.getOrDefault(rs.getLong(1), rs.getLong(1)),
                rs.getLong(3), akarIku.getOrDefault(rs.getLong(3), rs.getLong(3)), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getInt(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9),
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

    private static LocalDate tanggal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
