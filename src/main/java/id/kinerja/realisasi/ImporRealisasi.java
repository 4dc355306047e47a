package id.kinerja.realisasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.cascading.CascadingApi;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk entry of a unit's quarter (the Excel import): every row is read by the same rules as the
 * entry page ({@link RealisasiService#baca}), every bad cell is reported, and only a clean file is
 * written, all in one transaction with JDBC batches (rows and audit entries) after a handful of
 * queries, never one query per row. A row never overwrites a value changed after its file was
 * made (see {@link Penanda}).
 */
@Service
public class ImporRealisasi {

    /** Rows accepted in one import. */
    public static final int MAKS_BARIS = 5_000;

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final RealisasiService realisasi;
    private final OrganisasiQuery organisasi;
    private final CascadingApi cascading;
    private final LaporanRealisasiRepository laporan;
    private final AksesService akses;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImporRealisasi(RealisasiService realisasi, OrganisasiQuery organisasi, CascadingApi cascading,
            LaporanRealisasiRepository laporan, AksesService akses, AuditService audit, JdbcTemplate jdbc,
            Clock clock) {
        this.clock = clock;
        this.realisasi = realisasi;
        this.organisasi = organisasi;
        this.cascading = cascading;
        this.laporan = laporan;
        this.akses = akses;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * One row of the file: its row number (1-based, as Excel shows it), the key, the value and the
     * stored value's marker when the file was made ({@code null}: the row was empty then).
     */
    public record BarisImpor(int baris, String ikuKode, String periode, RealisasiService.Masukan masukan,
            Penanda penanda) {

        public BarisImpor(int baris, String ikuKode, String periode, RealisasiService.Masukan masukan) {
            this(baris, ikuKode, periode, masukan, null);
        }
    }

    /**
     * Which stored value a row of an export showed: its id and @Version. The id is part of it so a
     * value deleted and entered again since (version counting from 0 again) is not taken for the
     * exported one.
     */
    public record Penanda(long id, long versi) {

        private static final Pattern BENTUK = Pattern.compile("\\s*(\\d{1,18})-(\\d{1,18})\\s*");

        /** As written in the sheet's version column, e.g. {@code 4812-3}. */
        public String teks() {
            return id + "-" + versi;
        }

        /** Empty when the text is not a marker this application wrote. */
        public static Optional<Penanda> baca(String teks) {
            if (teks == null) {
                return Optional.empty();
            }
            Matcher m = BENTUK.matcher(teks);
            return m.matches() ? Optional.of(new Penanda(Long.parseLong(m.group(1)),
                    Long.parseLong(m.group(2)))) : Optional.empty();
        }
    }

    /**
     * A refused cell: row number, field ({@code ikuKode}, {@code periode}, {@code nilai},
     * {@code pembilang}, {@code penyebut}, {@code label}, {@code na}, {@code alasan}, {@code versi}),
     * message key.
     */
    public record Galat(int baris, String field, String kunci, Object[] args) {
    }

    /** The file was refused; nothing was written. */
    public static final class Ditolak extends RuntimeException {
        private final transient List<Galat> galat;

        Ditolak(List<Galat> galat) {
            super(galat.size() + " galat", null, false, false);
            this.galat = List.copyOf(galat);
        }

        public List<Galat> galat() {
            return galat;
        }
    }

    public record Hasil(int baru, int diubah, int tetap) {
    }

    /** Everything the import needs, read in a few queries. */
    public record Konteks(UnitInfo unit, PkBerlaku pk, Map<String, IkuRencana> ikuPerKode, Set<Long> turunan,
            Map<KodePeriode, PeriodeInfo> periode) {
    }

    /** The unit's plan for the quarter with the IKU whose values flow up from below (read-only). */
    @Transactional(readOnly = true)
    public Konteks konteks(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo unit = realisasi.unit(unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
        PkBerlaku pk = realisasi.pk(unit, tahun, triwulan);
        Map<Long, IkuRencana> perGaris = new HashMap<>();
        pk.iku().forEach(i -> i.garis().forEach(g -> perGaris.put(g, i)));
        // one query for every link below every IKU (all versions): derived = has a DIRECT/INDIRECT link
        Set<Long> turunan = cascading.bawah(perGaris.keySet()).stream()
                .filter(t -> t.metode() == MetodeLink.DIRECT || t.metode() == MetodeLink.INDIRECT)
                .map(t -> perGaris.get(t.atasIkuId()).id()).collect(Collectors.toSet());
        Map<KodePeriode, PeriodeInfo> periode = new HashMap<>();
        organisasi.periode(unit.organisasiId(), tahun).forEach(p -> periode.put(new KodePeriode(p.jenis(), p.nomor()), p));
        Map<String, IkuRencana> perKode = pk.iku().stream()
                .collect(Collectors.toMap(IkuRencana::kode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new Konteks(unit, pk, perKode, turunan, periode);
    }

    private record Tulis(IkuRencana iku, KodePeriode kp, NilaiMasukan nilai, Lama lama) {
    }

    private record Lama(long id, long version, JenisNilai jenis, BigDecimal nilai, BigDecimal pembilang,
            BigDecimal penyebut, String label, String alasan, String diisiOleh, Instant diisiPada) {
    }

    @Transactional
    public Hasil impor(Long unitId, int tahun, int triwulan, List<BarisImpor> baris) {
        return impor(unitId, tahun, triwulan, baris, true);
    }

    /**
     * With {@code simpan} false every row is checked and nothing is written: a clean file gives
     * {@link Ditolak} with no cell (for callers that already refused cells of their own).
     */
    @Transactional
    public Hasil impor(Long unitId, int tahun, int triwulan, List<BarisImpor> baris, boolean simpan) {
        return impor(null, unitId, tahun, triwulan, baris, simpan);
    }

    /**
     * As above with the plan already read by {@link #konteks} (the Excel import reads it before the
     * file, to refuse early): a 1,000-IKU plan is then loaded once, not twice.
     */
    @Transactional
    public Hasil impor(Konteks dibaca, Long unitId, int tahun, int triwulan, List<BarisImpor> baris, boolean simpan) {
        return impor(dibaca, unitId, tahun, triwulan, baris, simpan, false);
    }

    /**
     * As above; {@code berversi} says the file carries the version column, so each row's
     * {@link BarisImpor#penanda} tells which stored value (if any) it was made from. A row whose
     * value differs from the one stored now is written only if it was made from exactly that value;
     * otherwise someone changed (entered, deleted) it after the file was made and the file is
     * refused. Without the column (an older template) a file only fills rows that are still empty.
     */
    @Transactional
    public Hasil impor(Konteks dibaca, Long unitId, int tahun, int triwulan, List<BarisImpor> baris, boolean simpan,
            boolean berversi) {
        akses.periksa(Aksi.SUSUN, unitId);
        if (baris.size() > MAKS_BARIS) {
            throw new Ditolak(List.of(new Galat(0, "", "excel.galat.barisMelebihi", new Object[] {MAKS_BARIS})));
        }
        Konteks k = dibaca != null && dibaca.unit().id().equals(unitId) && dibaca.pk().tahun() == tahun
                && dibaca.pk().berlakuMulaiTriwulan() <= triwulan ? dibaca : konteks(unitId, tahun, triwulan);
        laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, k.pk().tahunAnggaranId(), triwulan).ifPresent(l -> {
            if (l.isTerkunci()) {
                throw new KonflikRealisasiException("realisasi.konflik.terkunci", triwulan);
            }
            if (!l.getStatus().dapatDiisi()) {
                throw new KonflikRealisasiException("realisasi.konflik.sudahDiajukan", triwulan);
            }
        });
        Map<String, Lama> lama = lamaTerkunci(k.pk().iku().stream().map(IkuRencana::akarId).toList());
        LocalDate hariIni = realisasi.hariIni();
        List<Galat> galat = new ArrayList<>();
        List<Tulis> tulis = new ArrayList<>();
        Set<String> sudah = new HashSet<>();
        int tetap = 0;
        for (BarisImpor b : baris) {
            IkuRencana iku = b.ikuKode() == null ? null : k.ikuPerKode().get(b.ikuKode().strip());
            if (iku == null) {
                galat.add(new Galat(b.baris(), "ikuKode", "realisasiExcel.ikuTidakAda", new Object[] {
                        pendek(b.ikuKode())}));
                continue;
            }
            KodePeriode kp = b.periode() == null ? null : KodePeriode.parse(b.periode().strip()).orElse(null);
            if (kp == null || kp.jenis() != iku.periodePelaporan() || kp.triwulan() != triwulan) {
                galat.add(new Galat(b.baris(), "periode", "realisasiExcel.periodeSalah", new Object[] {
                        pendek(b.periode()), iku.kode(), triwulan}));
                continue;
            }
            if (!sudah.add(iku.kode() + "|" + kp.kode())) {
                galat.add(new Galat(b.baris(), "periode", "realisasiExcel.ganda", new Object[] {iku.kode(), kp.kode()}));
                continue;
            }
            if (b.masukan() == null || b.masukan().kosong()) {
                continue;
            }
            if (k.turunan().contains(iku.id())) {
                galat.add(new Galat(b.baris(), "nilai", "realisasiExcel.turunan", new Object[] {iku.kode()}));
                continue;
            }
            PeriodeInfo p = k.periode().get(kp);
            if (p == null || hariIni.isBefore(p.mulai())) {
                galat.add(new Galat(b.baris(), "periode", "realisasi.periode.belumMulai", new Object[] {kp.kode(),
                        p == null ? "-" : p.mulai()}));
                continue;
            }
            NilaiMasukan nilai;
            try {
                nilai = realisasi.baca(iku, b.masukan(), "");
            } catch (BusinessRuleException e) {
                for (BusinessRuleException v : e.semuaPelanggaran()) {
                    galat.add(new Galat(b.baris(), v.getField(), v.getMessageKey(), v.getArgs()));
                }
                continue;
            }
            Lama l = lama.get(iku.akarId() + "|" + kp.kode());
            if (l != null && sama(l, nilai)) {
                tetap++;
                continue;
            }
            Galat basi = basi(b, iku, kp, l, berversi);
            if (basi != null) {
                galat.add(basi);
                continue;
            }
            tulis.add(new Tulis(iku, kp, nilai, l));
        }
        if (!galat.isEmpty() || !simpan) {
            throw new Ditolak(galat);
        }
        return tulisSemua(k, tulis, tetap, triwulan, tahun);
    }

    /**
     * A row that would overwrite (or bring back) a value someone changed after the file was made;
     * null when the row may be written. The stored value is locked, so this holds until commit.
     */
    private Galat basi(BarisImpor b, IkuRencana iku, KodePeriode kp, Lama l, boolean berversi) {
        Penanda p = b.penanda();
        if (l == null) {
            // made from a value that no longer exists: deleted since
            return berversi && p != null ? new Galat(b.baris(), "versi", "realisasiExcel.versi.dihapus",
                    new Object[] {iku.kode(), kp.kode()}) : null;
        }
        if (berversi && p != null && p.id() == l.id() && p.versi() == l.version()) {
            return null;
        }
        String kunci = !berversi ? "realisasiExcel.versi.tanpaKolom"
                : p == null ? "realisasiExcel.versi.diisiSetelah" : "realisasiExcel.versi.diubahSetelah";
        return new Galat(b.baris(), "versi", kunci, new Object[] {iku.kode(), kp.kode(), l.diisiOleh(),
                WAKTU.format(l.diisiPada().atZone(clock.getZone()))});
    }

    /** Stored values of these lineages, locked for the rest of the transaction: one query. */
    private Map<String, Lama> lamaTerkunci(List<Long> akar) {
        Map<String, Lama> out = new HashMap<>();
        if (akar.isEmpty()) {
            return out;
        }
        jdbc.query("""
                select id, version, iku_akar_id, jenis_periode, nomor, jenis_nilai, nilai, pembilang, penyebut, label,
                       alasan, diisi_oleh, diisi_pada from realisasi where iku_akar_id = any (?) for update
                """, rs -> {
            KodePeriode kp = new KodePeriode(JenisPeriode.valueOf(rs.getString(4)), rs.getInt(5));
            out.put(rs.getLong(3) + "|" + kp.kode(), new Lama(rs.getLong(1), rs.getLong(2),
                    JenisNilai.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant()));
        }, (Object) akar.toArray(Long[]::new));
        return out;
    }

    private Hasil tulisSemua(Konteks k, List<Tulis> tulis, int tetap, int triwulan, int tahun) {
        String oleh = AksesService.penggunaSaatIni().getUsername();
        Instant pada = clock.instant();
        Timestamp waktu = Timestamp.from(pada);
        List<Tulis> baru = tulis.stream().filter(t -> t.lama() == null).toList();
        List<Tulis> ubah = tulis.stream().filter(t -> t.lama() != null).toList();
        List<Long> id = baru.isEmpty() ? List.of() : jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('realisasi', 'id')) from generate_series(1, ?)", Long.class,
                baru.size());
        Long unitId = k.unit().id();
        Long tahunAnggaranId = k.pk().tahunAnggaranId();
        // set-based: one INSERT … SELECT FROM unnest(arrays) and one UPDATE … FROM unnest(arrays), one round
        // trip each, instead of a JDBC batch of 1,000 statements (measured: the batch was most of the time)
        if (!baru.isEmpty()) {
            int n = baru.size();
            Long[] ids = id.toArray(Long[]::new);
            Long[] akar = new Long[n];
            String[] jenisPeriode = new String[n];
            Integer[] nomor = new Integer[n];
            for (int i = 0; i < n; i++) {
                Tulis t = baru.get(i);
                akar[i] = t.iku().akarId();
                jenisPeriode[i] = t.kp().jenis().name();
                nomor[i] = t.kp().nomor();
            }
            KolomNilai v = KolomNilai.dari(baru);
            int masuk = jdbc.execute((Connection c) -> {
                try (var ps = c.prepareStatement("""
                        insert into realisasi (id, unit_id, tahun_anggaran_id, iku_id, iku_akar_id, jenis_periode, nomor,
                            jenis_nilai, nilai, pembilang, penyebut, label, alasan, diisi_oleh, diisi_pada, version,
                            dibuat_pada, diubah_pada)
                        select v.id, ?, ?, v.iku, v.akar, v.jp, v.nomor, v.jn, v.nilai, v.pembilang, v.penyebut, v.label,
                               v.alasan, ?, ?, 0, ?, ?
                        from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::int[],
                                    """ + KolomNilai.UNNEST + """
                             as v(id, akar, jp, nomor, iku, jn, nilai, pembilang, penyebut, label, alasan)
                        """)) {
                    ps.setLong(1, unitId);
                    ps.setLong(2, tahunAnggaranId);
                    ps.setString(3, oleh);
                    ps.setTimestamp(4, waktu);
                    ps.setTimestamp(5, waktu);
                    ps.setTimestamp(6, waktu);
                    ps.setArray(7, c.createArrayOf("bigint", ids));
                    ps.setArray(8, c.createArrayOf("bigint", akar));
                    ps.setArray(9, c.createArrayOf("varchar", jenisPeriode));
                    ps.setArray(10, c.createArrayOf("int4", nomor));
                    v.ikat(c, ps, 11);
                    return ps.executeUpdate();
                }
            });
            if (masuk != n) {
                throw new IllegalStateException("Impor realisasi: " + masuk + " dari " + n + " baris tersimpan");
            }
        }
        if (!ubah.isEmpty()) {
            int n = ubah.size();
            Long[] ids = new Long[n];
            Long[] versi = new Long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = ubah.get(i).lama().id();
                versi[i] = ubah.get(i).lama().version();
            }
            KolomNilai v = KolomNilai.dari(ubah);
            Set<Long> diubah = new HashSet<>(jdbc.execute((Connection c) -> {
                try (var ps = c.prepareStatement("""
                        update realisasi r set iku_id = v.iku, jenis_nilai = v.jn, nilai = v.nilai, pembilang = v.pembilang,
                            penyebut = v.penyebut, label = v.label, alasan = v.alasan, status_validasi = null,
                            diisi_oleh = ?, diisi_pada = ?, diubah_pada = ?, version = r.version + 1
                        from unnest(?::bigint[], ?::bigint[],
                                    """ + KolomNilai.UNNEST + """
                             as v(id, versi, iku, jn, nilai, pembilang, penyebut, label, alasan)
                        where r.id = v.id and r.version = v.versi
                        returning r.id
                        """)) {
                    ps.setString(1, oleh);
                    ps.setTimestamp(2, waktu);
                    ps.setTimestamp(3, waktu);
                    ps.setArray(4, c.createArrayOf("bigint", ids));
                    ps.setArray(5, c.createArrayOf("bigint", versi));
                    v.ikat(c, ps, 6);
                    List<Long> out = new ArrayList<>(n);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                    return out;
                }
            }));
            for (Tulis t : ubah) {
                if (!diubah.contains(t.lama().id())) {
                    throw new ObjectOptimisticLockingFailureException(Realisasi.class, t.lama().id());
                }
            }
        }
        String ket = "Impor Excel TW" + triwulan + " " + tahun;
        List<AuditService.Entri> entri = new ArrayList<>(tulis.size());
        for (int i = 0; i < baru.size(); i++) {
            entri.add(new AuditService.Entri(AuditAksi.BUAT, "Realisasi", id.get(i), unitId, null,
                    jejak(baru.get(i), oleh, pada), ket));
        }
        for (Tulis t : ubah) {
            Lama l = t.lama();
            Map<String, Object> sebelum = new LinkedHashMap<>();
            sebelum.put("jenisNilai", l.jenis().name());
            sebelum.put("nilai", teks(l.nilai()));
            sebelum.put("pembilang", teks(l.pembilang()));
            sebelum.put("penyebut", teks(l.penyebut()));
            sebelum.put("label", l.label());
            sebelum.put("alasan", l.alasan());
            entri.add(new AuditService.Entri(AuditAksi.UBAH, "Realisasi", l.id(), unitId, sebelum, jejak(t, oleh, pada),
                    ket));
        }
        audit.catatBanyak(entri);
        return new Hasil(baru.size(), ubah.size(), tetap);
    }

    /**
     * The columns an insert and an update share (IKU version, kind of value, value, numerator,
     * denominator, label, reason), one SQL array per column in row order, bound in that order.
     */
    private record KolomNilai(Long[] iku, String[] jenis, BigDecimal[] nilai, BigDecimal[] pembilang,
            BigDecimal[] penyebut, String[] label, String[] alasan) {

        /** The trailing arguments of {@code unnest(…)}, matching {@link #ikat}. */
        static final String UNNEST = "?::bigint[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[], "
                + "?::varchar[], ?::varchar[])";

        static KolomNilai dari(List<Tulis> tulis) {
            int n = tulis.size();
            KolomNilai k = new KolomNilai(new Long[n], new String[n], new BigDecimal[n], new BigDecimal[n],
                    new BigDecimal[n], new String[n], new String[n]);
            for (int i = 0; i < n; i++) {
                Tulis t = tulis.get(i);
                NilaiMasukan m = t.nilai();
                k.iku[i] = t.iku().id();
                k.jenis[i] = m.jenis().name();
                k.nilai[i] = m.nilai();
                k.pembilang[i] = m.pembilang();
                k.penyebut[i] = m.penyebut();
                k.label[i] = m.label();
                k.alasan[i] = m.alasan();
            }
            return k;
        }

        void ikat(java.sql.Connection c, java.sql.PreparedStatement ps, int awal) throws java.sql.SQLException {
            ps.setArray(awal, c.createArrayOf("bigint", iku));
            ps.setArray(awal + 1, c.createArrayOf("varchar", jenis));
            ps.setArray(awal + 2, c.createArrayOf("numeric", nilai));
            ps.setArray(awal + 3, c.createArrayOf("numeric", pembilang));
            ps.setArray(awal + 4, c.createArrayOf("numeric", penyebut));
            ps.setArray(awal + 5, c.createArrayOf("varchar", label));
            ps.setArray(awal + 6, c.createArrayOf("varchar", alasan));
        }
    }

    private static Map<String, Object> jejak(Tulis t, String oleh, Instant pada) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ikuId", t.iku().id());
        m.put("periode", t.kp().kode());
        m.put("jenisNilai", t.nilai().jenis().name());
        m.put("nilai", teks(t.nilai().nilai()));
        m.put("pembilang", teks(t.nilai().pembilang()));
        m.put("penyebut", teks(t.nilai().penyebut()));
        m.put("label", t.nilai().label());
        m.put("alasan", t.nilai().alasan());
        m.put("diisiOleh", oleh);
        m.put("diisiPada", pada.toString());
        return m;
    }

    private static String teks(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static boolean sama(Lama l, NilaiMasukan n) {
        return l.jenis() == n.jenis() && eq(l.nilai(), n.nilai()) && eq(l.pembilang(), n.pembilang())
                && eq(l.penyebut(), n.penyebut()) && Objects.equals(l.label(), n.label())
                && Objects.equals(l.alasan(), n.alasan());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String pendek(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
