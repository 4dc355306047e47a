package id.kinerja.audit;

import id.kinerja.organisasi.OrganisasiQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explicit audit entries (approvals, re-openings: events that are not a plain row change) and the
 * filtered, access-scoped read of the trail. Row changes are recorded by the Hibernate listener.
 */
@Service
public class AuditService {

    static final int UKURAN_HALAMAN = 50;
    static final int HALAMAN_MAKS = 1_000_000;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final PenggunaDiUnit penggunaDiUnit;

    AuditService(DataSource dataSource, JdbcTemplate jdbc, AksesService akses, OrganisasiQuery organisasi,
            PenggunaDiUnit penggunaDiUnit) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.akses = akses;
        this.organisasi = organisasi;
        this.penggunaDiUnit = penggunaDiUnit;
    }

    /** Writes in the caller's transaction: the entry exists exactly when the change does. */
    @Transactional
    public void catat(AuditAksi aksi, String entitas, Object entitasId, Long unitId, Map<String, Object> sebelum,
            Map<String, Object> sesudah, String keterangan) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            AuditWriter.tulis(connection, aksi, entitas, entitasId, unitId, sebelum, sesudah, keterangan);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** An entry on behalf of a named actor that is not signed in (e.g. a failed sign-in). */
    @Transactional
    public void catatSebagai(String pelaku, AuditAksi aksi, String entitas, Object entitasId, Long unitId,
            Map<String, Object> sebelum, Map<String, Object> sesudah, String keterangan) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            AuditWriter.tulis(connection, pelaku, aksi, entitas, entitasId, unitId, sebelum, sesudah, keterangan);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Row-change entries held back while a bulk write runs on this thread (see {@link #sekaligus}). */
    private static final ThreadLocal<List<Entri>> TAMPUNGAN = new ThreadLocal<>();

    /** True when a bulk write is running on this thread and took the entry. */
    static boolean tampung(Entri e) {
        List<Entri> t = TAMPUNGAN.get();
        if (t == null) {
            return false;
        }
        t.add(e);
        return true;
    }

    /**
     * Runs a bulk write (an Excel import that flushes thousands of rows) with the row-change
     * entries of the Hibernate listener collected and written in one statement at the end, in the
     * same transaction, instead of one statement per row. The work must flush its changes itself;
     * changes flushed later (at commit) are recorded one by one as usual. Nothing is written when
     * the work throws.
     */
    @Transactional
    public <T> T sekaligus(java.util.function.Supplier<T> kerja) {
        if (TAMPUNGAN.get() != null) {
            return kerja.get();
        }
        List<Entri> t = new java.util.ArrayList<>();
        TAMPUNGAN.set(t);
        T hasil;
        try {
            hasil = kerja.get();
        } finally {
            TAMPUNGAN.remove();
        }
        catatBanyak(t);
        return hasil;
    }

    /** One entry of {@link #catatBanyak}. */
    public record Entri(AuditAksi aksi, String entitas, Object entitasId, Long unitId, Map<String, Object> sebelum,
            Map<String, Object> sesudah, String keterangan) {
    }

    /**
     * Many entries in one JDBC batch, in the caller's transaction: for bulk writes (an Excel import)
     * that bypass the per-row Hibernate listener but must leave the same trail.
     */
    @Transactional
    public void catatBanyak(List<Entri> entri) {
        if (entri.isEmpty()) {
            return;
        }
        String pelaku = AuditWriter.pelaku();
        int n = entri.size();
        String[] aksi = new String[n];
        String[] entitas = new String[n];
        String[] entitasId = new String[n];
        Long[] unitId = new Long[n];
        String[] sebelum = new String[n];
        String[] sesudah = new String[n];
        String[] keterangan = new String[n];
        for (int i = 0; i < n; i++) {
            Entri e = entri.get(i);
            aksi[i] = e.aksi().name();
            entitas[i] = e.entitas();
            entitasId[i] = e.entitasId() == null ? null : e.entitasId().toString();
            unitId[i] = e.unitId();
            sebelum[i] = AuditWriter.json(e.sebelum());
            sesudah[i] = AuditWriter.json(e.sesudah());
            keterangan[i] = AuditWriter.keterangan(e.keterangan());
        }
        // one INSERT … SELECT FROM unnest(arrays): one round trip for the whole import, rows in list order
        jdbc.execute((Connection c) -> {
            try (var ps = c.prepareStatement("""
                    insert into audit_log (pelaku, aksi, entitas, entitas_id, unit_id, sebelum, sesudah, keterangan)
                    select ?, v.aksi, v.entitas, v.entitas_id, v.unit_id, cast(v.sebelum as jsonb), cast(v.sesudah as jsonb),
                           v.keterangan
                    from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::text[], ?::text[], ?::varchar[])
                         with ordinality as v(aksi, entitas, entitas_id, unit_id, sebelum, sesudah, keterangan, urut)
                    order by v.urut
                    """)) {
                ps.setString(1, pelaku);
                ps.setArray(2, c.createArrayOf("varchar", aksi));
                ps.setArray(3, c.createArrayOf("varchar", entitas));
                ps.setArray(4, c.createArrayOf("varchar", entitasId));
                ps.setArray(5, c.createArrayOf("bigint", unitId));
                ps.setArray(6, c.createArrayOf("text", sebelum));
                ps.setArray(7, c.createArrayOf("text", sesudah));
                ps.setArray(8, c.createArrayOf("varchar", keterangan));
                return ps.executeUpdate();
            }
        });
    }

    public record Filter(String pelaku, String entitas, AuditAksi aksi, LocalDate dari, LocalDate sampai,
            Long unitId, int halaman) {
    }

    public record Baris(long id, LocalDateTime waktu, String pelaku, AuditAksi aksi, String entitas, String entitasId,
            String unit, String sebelum, String sesudah, String keterangan) {
    }

    public record Halaman(List<Baris> baris, int halaman, boolean adaBerikutnya) {
    }

    /**
     * Super admins see everything; unit managers see entries filed under units of their subtree.
     */
    @Transactional(readOnly = true)
    public Halaman cari(Filter f) {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        StringBuilder sql = new StringBuilder("""
                select a.id, a.waktu, a.pelaku, a.aksi, a.entitas, a.entitas_id, a.unit_id,
                       a.sebelum::text, a.sesudah::text, a.keterangan
                from audit_log a where 1 = 1
                """);
        List<Object> args = new ArrayList<>();
        if (!cakupan.semua()) {
            if (cakupan.penugasan().isEmpty()) {
                return new Halaman(List.of(), 0, false);
            }
            // units through OrganisasiQuery, accounts through PenggunaDiUnit: audit reads only its own table
            Set<Long> unitIds = new LinkedHashSet<>();
            cakupan.penugasan().forEach(p -> unitIds.addAll(organisasi.idSubtree(p.unitPath())));
            // a user account belongs to no single unit: its entries show to the managers of the
            // units where it holds a role
            String[] pengguna = penggunaDiUnit.penggunaDenganPenugasanDi(unitIds).stream().map(String::valueOf)
                    .toArray(String[]::new);
            sql.append(" and (a.unit_id = any(?) or (a.entitas = 'Pengguna' and a.unit_id is null")
                    .append(" and a.entitas_id = any(?)))");
            args.add(unitIds.toArray(Long[]::new));
            args.add(pengguna);
        }
        if (f.pelaku() != null && !f.pelaku().isBlank()) {
            // bounded like the column (60), and the user's % and _ match themselves
            String pelaku = f.pelaku().trim();
            pelaku = pelaku.length() > 60 ? pelaku.substring(0, 60) : pelaku;
            sql.append(" and a.pelaku ilike ? escape '\\'");
            args.add("%" + pelaku.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.entitas() != null && !f.entitas().isBlank()) {
            sql.append(" and a.entitas = ?");
            args.add(f.entitas());
        }
        if (f.aksi() != null) {
            sql.append(" and a.aksi = ?");
            args.add(f.aksi().name());
        }
        if (f.dari() != null) {
            sql.append(" and a.waktu >= ?");
            args.add(Timestamp.from(f.dari().atStartOfDay(WIB).toInstant()));
        }
        if (f.sampai() != null) {
            sql.append(" and a.waktu < ?");
            args.add(Timestamp.from(f.sampai().plusDays(1).atStartOfDay(WIB).toInstant()));
        }
        if (f.unitId() != null) {
            sql.append(" and a.unit_id = ?");
            args.add(f.unitId());
        }
        // a page number from the URL: bounded, and the offset computed in long (50,000,000 × 50 overflowed)
        int halaman = Math.max(0, Math.min(HALAMAN_MAKS, f.halaman()));
        sql.append(" order by a.id desc limit ? offset ?");
        args.add(UKURAN_HALAMAN + 1);
        args.add((long) halaman * UKURAN_HALAMAN);
        List<Object[]> mentah = jdbc.query(sql.toString(), (rs, i) -> new Object[] {new Baris(rs.getLong(1),
                rs.getTimestamp(2).toInstant().atZone(WIB).toLocalDateTime(), rs.getString(3), AuditAksi.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), null, rs.getString(8), rs.getString(9), rs.getString(10)), rs.getObject(7, Long.class)},
                args.toArray());
        Map<Long, String> namaUnit = new HashMap<>();
        organisasi.units(mentah.stream().map(r -> (Long) r[1]).filter(Objects::nonNull).distinct().toList())
                .forEach(u -> namaUnit.put(u.id(), u.nama()));
        List<Baris> rows = mentah.stream().map(r -> {
            Baris b = (Baris) r[0];
            return new Baris(b.id(), b.waktu(), b.pelaku(), b.aksi(), b.entitas(), b.entitasId(),
                    r[1] == null ? null : namaUnit.get((Long) r[1]), b.sebelum(), b.sesudah(), b.keterangan());
        }).toList();
        boolean lagi = rows.size() > UKURAN_HALAMAN;
        return new Halaman(lagi ? rows.subList(0, UKURAN_HALAMAN) : rows, halaman, lagi);
    }

    @Transactional(readOnly = true)
    public List<String> daftarEntitas() {
        return jdbc.queryForList("select distinct entitas from audit_log order by entitas", String.class);
    }
}
