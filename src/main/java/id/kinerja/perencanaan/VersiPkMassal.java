package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link RencanaKinerjaApi#semuaVersi} for a whole subtree: the approved PK versions, their SS,
 * IKU and trajectories read with four streamed queries straight into the API's records — no
 * entities (a ministry has ~100k IKU and ~560k trajectory targets). Same records, same order as
 * the entity path ({@link RencanaKinerjaApi#berlaku} keeps using entities).
 */
@Component
class VersiPkMassal {

    private static final int UKURAN_AMBIL = 5_000;
    private static final int GARIS_MAKS = 50;

    private final JdbcTemplate jdbc;

    VersiPkMassal(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(UKURAN_AMBIL);
    }

    private record Pk(Long id, Long unitId, int nomorVersi, JenisPk jenis, int mulai, StatusPk status) {
    }

    private record Ss(Long pkId, String kode, String nama, Perspective perspektif) {
    }

    /** An IKU row before its lineage and trajectory are known. */
    private record Baris(Long id, Long ssId, Long asalId, String kode, String nama, String satuan, String formula,
            Polarization polarisasi, PeriodConsolidation konsolidasiPeriode, LocationConsolidation konsolidasiLokasi,
            JenisPeriode periode, JenisCascading jenisCascading, MetodeCascading metodeCascading,
            String labelPembilang, String labelPenyebut, boolean rawData, boolean targetMaksimum, Validity validitas,
            Control kendali, QualityTier kualitas, BigDecimal target, BigDecimal targetBawah, BigDecimal targetAtas) {
    }

    Map<Long, List<PkBerlaku>> baca(Collection<Long> unitIds, Long tahunAnggaranId, int tahun) {
        Map<Long, Pk> pk = new LinkedHashMap<>();
        jdbc.query(con -> siapkan(con, """
                select id, unit_id, nomor_versi, jenis, berlaku_mulai_triwulan, status from perjanjian_kinerja
                where tahun_anggaran_id = ? and unit_id = any(?) and status in ('DITETAPKAN', 'DIGANTIKAN')""",
                tahunAnggaranId, unitIds), rs -> {
            long id = rs.getLong(1);
            pk.put(id, new Pk(id, rs.getLong(2), rs.getInt(3), JenisPk.valueOf(rs.getString(4)), rs.getInt(5),
                    StatusPk.valueOf(rs.getString(6))));
        });
        if (pk.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ss> ss = new HashMap<>();
        jdbc.query(con -> siapkan(con, """
                select id, pk_id, kode, nama, perspektif from sasaran_strategis where pk_id = any(?)""", null,
                pk.keySet()), rs -> {
            ss.put(rs.getLong(1), new Ss(rs.getLong(2), rs.getString(3), rs.getString(4),
                    Perspective.valueOf(rs.getString(5))));
        });
        List<Baris> iku = new ArrayList<>();
        Map<Long, Long> asal = new HashMap<>();
        jdbc.query(con -> siapkan(con, """
                select i.id, i.ss_id, i.asal_id, i.kode, i.nama, i.satuan, i.formula, i.polarisasi,
                i.konsolidasi_periode, i.konsolidasi_lokasi, i.periode_pelaporan, i.jenis_cascading,
                i.metode_cascading, i.label_pembilang, i.label_penyebut, i.target_pembilang, i.target_maksimum,
                i.validitas, i.kendali, i.kualitas, i.target, i.target_bawah, i.target_atas
                from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = any(?)""", null, pk.keySet()),
                rs -> {
                    long id = rs.getLong(1);
                    Long asalId = (Long) rs.getObject(3);
                    String labelPembilang = rs.getString(14);
                    iku.add(new Baris(id, rs.getLong(2), asalId, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), Polarization.valueOf(rs.getString(8)),
                            PeriodConsolidation.valueOf(rs.getString(9)), enumAtauNull(LocationConsolidation.class,
                                    rs.getString(10)), JenisPeriode.valueOf(rs.getString(11)),
                            JenisCascading.valueOf(rs.getString(12)), enumAtauNull(MetodeCascading.class,
                                    rs.getString(13)), labelPembilang, rs.getString(15),
                            labelPembilang != null || rs.getBigDecimal(16) != null, rs.getBoolean(17),
                            enumAtauNull(Validity.class, rs.getString(18)), enumAtauNull(Control.class,
                                    rs.getString(19)), enumAtauNull(QualityTier.class, rs.getString(20)),
                            rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23)));
                    asal.put(id, asalId);
                });
        lengkapiAsal(asal);
        Map<Long, JenisPeriode> periodeIku = new HashMap<>(iku.size() * 2);
        Map<Long, BigDecimal[]> traj = new HashMap<>(iku.size() * 2);
        for (Baris b : iku) {
            periodeIku.put(b.id(), b.periode());
        }
        jdbc.query(con -> siapkan(con, """
                select tp.iku_id, tp.jenis_periode, tp.nomor, tp.target from target_periode tp
                join iku i on i.id = tp.iku_id join sasaran_strategis s on s.id = i.ss_id where s.pk_id = any(?)""",
                null, pk.keySet()), rs -> {
            long ikuId = rs.getLong(1);
            JenisPeriode j = periodeIku.get(ikuId);
            int nomor = rs.getInt(3);
            if (j != null && j.name().equals(rs.getString(2)) && nomor <= j.jumlahPerTahun()) {
                traj.computeIfAbsent(ikuId, k -> new BigDecimal[j.jumlahPerTahun()])[nomor - 1] = rs.getBigDecimal(4);
            }
        });
        Map<Long, List<IkuRencana>> perPk = new HashMap<>();
        Map<Long, String> urutanSs = new HashMap<>();
        List<Baris> urut = new ArrayList<>(iku);
        urut.sort(Comparator.comparing((Baris b) -> urutanSs.computeIfAbsent(b.ssId(),
                k -> RencanaKinerjaApi.urutanSs(ss.get(k).kode()))).thenComparing(Baris::kode));
        for (Baris b : urut) {
            Ss s = ss.get(b.ssId());
            Pk p = pk.get(s.pkId());
            List<Long> garis = new ArrayList<>();
            for (Long x = b.id(); x != null && garis.size() < GARIS_MAKS; x = asal.get(x)) {
                garis.add(x);
            }
            BigDecimal[] t = traj.getOrDefault(b.id(), new BigDecimal[b.periode().jumlahPerTahun()]);
            perPk.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new IkuRencana(b.id(), garis.get(garis.size() - 1),
                    List.copyOf(garis), p.id(), p.unitId(), b.kode(), b.nama(), b.satuan(), b.formula(), b.ssId(),
                    s.kode(), s.nama(), s.perspektif(), b.polarisasi(), b.konsolidasiPeriode(),
                    b.konsolidasiLokasi(), b.periode(), b.jenisCascading(), b.metodeCascading(), b.rawData(),
                    b.labelPembilang(), b.labelPenyebut(), b.targetMaksimum(), b.validitas(), b.kendali(),
                    b.kualitas(), b.target(), b.targetBawah(), b.targetAtas(), Arrays.asList(t)));
        }
        Map<Long, List<PkBerlaku>> out = new LinkedHashMap<>();
        for (Pk p : pk.values()) {
            out.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(new PkBerlaku(p.id(), p.unitId(),
                    tahunAnggaranId, tahun, p.nomorVersi(), p.jenis(), p.mulai(), p.status(),
                    List.copyOf(perPk.getOrDefault(p.id(), List.of()))));
        }
        return out;
    }

    /** Earlier versions outside the loaded ones (rare): follow asal_id until the first version. */
    private void lengkapiAsal(Map<Long, Long> asal) {
        for (int putaran = 0; putaran < GARIS_MAKS; putaran++) {
            List<Long> kurang = asal.values().stream().filter(a -> a != null && !asal.containsKey(a)).distinct()
                    .toList();
            if (kurang.isEmpty()) {
                return;
            }
            jdbc.query(con -> siapkan(con, "select id, asal_id from iku where id = any(?)", null, kurang),
                    rs -> {
                        asal.put(rs.getLong(1), (Long) rs.getObject(2));
                    });
            kurang.forEach(k -> asal.putIfAbsent(k, null));
        }
    }

    private static <E extends Enum<E>> E enumAtauNull(Class<E> jenis, String nilai) {
        return nilai == null ? null : Enum.valueOf(jenis, nilai);
    }

    private static PreparedStatement siapkan(Connection con, String sql, Long tahunAnggaranId, Collection<Long> ids)
            throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        int i = 1;
        if (tahunAnggaranId != null) {
            ps.setLong(i++, tahunAnggaranId);
        }
        ps.setArray(i, con.createArrayOf("bigint", ids.toArray()));
        return ps;
    }
}
