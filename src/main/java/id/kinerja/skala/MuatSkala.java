package id.kinerja.skala;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.OrganisasiService.LevelBaru;
import id.kinerja.organisasi.OrganisasiService.OrganisasiBaru;
import id.kinerja.organisasi.OrganisasiView;
import id.kinerja.organisasi.TahunAnggaranView;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a generated ministry for load tests (docs/performa.md) with PostgreSQL COPY, in one
 * transaction: the organisation and its year through the normal service (so periods and deadlines
 * are the application's own), then units, approved PKs (status DITETAPKAN, version 1), SS, IKU,
 * trajectories, cascades (INDIRECT Eselon II → Eselon I, DIRECT root → Eselon I and Eselon II →
 * one individual PK), realisations of all four quarters stored as the realisasi module stores them
 * (one row per IKU lineage and period, none on an IKU whose values flow up from below), approved
 * quarterly reports and sign-in accounts. Bypasses the services on purpose (minutes, not hours);
 * one audit entry records the load. Never for a production database: the accounts share one
 * known password.
 */
@Service
public class MuatSkala {

    private static final Logger log = LoggerFactory.getLogger(MuatSkala.class);
    private static final String PELAKU = "skala.generator";
    private static final String[] PERSPEKTIF = {"STAKEHOLDER", "CUSTOMER", "INTERNAL_PROCESS", "LEARNING_GROWTH"};
    private static final int BUFFER = 4 << 20;

    private final OrganisasiService organisasi;
    private final DataSource dataSource;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    MuatSkala(OrganisasiService organisasi, DataSource dataSource, PasswordEncoder encoder, AuditService audit,
            Clock clock) {
        this.clock = clock;
        this.organisasi = organisasi;
        this.dataSource = dataSource;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** What was loaded, and how long it took. */
    public record Hasil(String kode, Long organisasiId, int unit, int pk, int iku, int targetPeriode, int cascading,
            int realisasi, int laporan, List<Akun> akun, long milidetik) {
    }

    /** A generated account: where it reaches and which unit it looks at first. */
    public record Akun(String username, String peran, String unitKode, long unitId, long pkId) {
    }

    record UnitBaru(long id, Long induk, long level, String kode, String nama, String jenis, boolean peta,
            String path, int ikuMin) {
    }

    static final class IkuBaru {
        final long id;
        final long ssId;
        final UnitBaru unit;
        final int j;
        final String ssKode;
        final int urutan;
        String jenisCascading = "N";
        String metode;
        BigDecimal target;
        boolean disimpan = true;

        IkuBaru(long id, long ssId, UnitBaru unit, int j, String ssKode, int urutan) {
            this.id = id;
            this.ssId = ssId;
            this.unit = unit;
            this.j = j;
            this.ssKode = ssKode;
            this.urutan = urutan;
        }

        int profil() {
            return j % 4;
        }

        /** Quarterly, but a monthly average for every fourth IKU. */
        int jumlahPeriode() {
            return profil() == 3 ? 12 : 4;
        }
    }

    @Transactional
    public Hasil muat(UkuranSkala u, String kataSandi) {
        long mulai = System.nanoTime();
        SplittableRandom acak = new SplittableRandom(u.seed());
        String k = u.kode();
        OrganisasiView org = organisasi.buatTanpaPemeriksaan(new OrganisasiBaru(k, "Kementerian " + k + " (uji skala)",
                k, "KEMENLU_BSC", "Jakarta",
                List.of(new LevelBaru(k + "-WIDE", "Kementerian", true), new LevelBaru(k + "-ONE", "Eselon I", true),
                        new LevelBaru(k + "-TWO", "Eselon II", true),
                        new LevelBaru(k + "-IND", "Jabatan individu", false)),
                "Kementerian " + k, k, "Menteri"));
        TahunAnggaranView ta = organisasi.bukaTahunTanpaPemeriksaan(org.id(), u.tahun());
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            Hasil h = tulis(c, u, kataSandi, acak, org, ta.id());
            long ms = (System.nanoTime() - mulai) / 1_000_000;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("unit", h.unit());
            data.put("pk", h.pk());
            data.put("iku", h.iku());
            data.put("realisasi", h.realisasi());
            audit.catatSebagai(PELAKU, AuditAksi.BUAT, "DataSkala", org.id(), org.unitAkarId(), null, data,
                    "Data uji skala dimuat (MuatSkala)");
            return new Hasil(h.kode(), h.organisasiId(), h.unit(), h.pk(), h.iku(), h.targetPeriode(), h.cascading(),
                    h.realisasi(), h.laporan(), h.akun(), ms);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Memuat data skala gagal: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private Hasil tulis(Connection c, UkuranSkala u, String kataSandi, SplittableRandom acak, OrganisasiView org,
            long taId) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String k = u.kode();
        Map<Integer, Long> level = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("select kedalaman, id from unit_level where organisasi_id = " + org.id())) {
            while (rs.next()) {
                level.put(rs.getInt(1), rs.getLong(2));
            }
        }
        long akarId = org.unitAkarId();
        String akarPath = "/" + akarId + "/";
        int nE2 = u.eselon1() * u.eselon2();
        int nUnit = u.eselon1() + nE2 + u.perwakilan() + u.individu();
        long unitId = blok(c, "unit", nUnit);

        // ---- units
        UnitBaru akar = new UnitBaru(akarId, null, level.get(0), k, "Kementerian " + k, "UNIT_KERJA", true, akarPath,
                UkuranSkala.IKU_STRUKTURAL_MIN);
        List<UnitBaru> e1 = new ArrayList<>();
        List<UnitBaru> e2 = new ArrayList<>();
        List<UnitBaru> pwk = new ArrayList<>();
        List<UnitBaru> ind = new ArrayList<>();
        for (int i = 1; i <= u.eselon1(); i++) {
            long id = unitId++;
            e1.add(new UnitBaru(id, akarId, level.get(1), k + "-E1-" + dua(i), "Eselon I " + dua(i) + " " + k,
                    "UNIT_KERJA", true, akarPath + id + "/", UkuranSkala.IKU_STRUKTURAL_MIN));
        }
        for (UnitBaru atas : e1) {
            for (int i = 1; i <= u.eselon2(); i++) {
                long id = unitId++;
                e2.add(new UnitBaru(id, atas.id(), level.get(2), atas.kode() + "-E2-" + dua(i),
                        "Direktorat " + dua(i) + " " + atas.nama(), "UNIT_KERJA", true, atas.path() + id + "/",
                        UkuranSkala.IKU_STRUKTURAL_MIN));
            }
        }
        for (int i = 1; i <= u.perwakilan(); i++) {
            long id = unitId++;
            pwk.add(new UnitBaru(id, akarId, level.get(1), k + "-PWK-" + String.format("%03d", i),
                    "Perwakilan RI " + i + " " + k, "PERWAKILAN", true, akarPath + id + "/",
                    UkuranSkala.IKU_STRUKTURAL_MIN));
        }
        for (int i = 0; i < u.individu(); i++) {
            UnitBaru atas = e2.get(i % e2.size());
            long id = unitId++;
            ind.add(new UnitBaru(id, atas.id(), level.get(3), atas.kode() + "-J" + String.format("%04d", i + 1),
                    "Jabatan " + (i + 1) + " " + atas.nama(), "JABATAN", false, atas.path() + id + "/",
                    UkuranSkala.IKU_MIN));
        }
        List<UnitBaru> baru = new ArrayList<>(e1);
        baru.addAll(e2);
        baru.addAll(pwk);
        baru.addAll(ind);
        Salin unitCopy = new Salin(copy, "unit (id, organisasi_id, induk_id, level_id, kode, nama, jenis, pemilik_peta,"
                + " jabatan_kepala, path, urutan)");
        int urutan = 1;
        for (UnitBaru x : baru) {
            unitCopy.baris(x.id(), org.id(), x.induk(), x.level(), x.kode(), x.nama(), x.jenis(), x.peta(),
                    "Kepala " + x.nama(), x.path(), urutan++);
        }
        unitCopy.tutup();

        // ---- PKs, SS, IKU (structure in memory: cascades decide targets and which IKU store values)
        List<UnitBaru> berPk = new ArrayList<>();
        berPk.add(akar);
        berPk.addAll(baru);
        long pkId = blok(c, "perjanjian_kinerja", berPk.size());
        long ssId = blok(c, "sasaran_strategis", berPk.size() * 4L);
        // approval stamps from the one clock, so a loaded ministry agrees with the suite's fixed date
        Instant sekarang = clock.instant();
        Salin pkCopy = new Salin(copy, "perjanjian_kinerja (id, unit_id, tahun_anggaran_id, nomor_versi, jenis,"
                + " berlaku_mulai_triwulan, status, pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama,"
                + " pihak_kedua_jabatan, diajukan_pada, ditetapkan_pada, ditetapkan_oleh, diajukan_oleh)");
        Salin ssCopy = new Salin(copy, "sasaran_strategis (id, pk_id, kode, nama, perspektif, posisi)");
        Map<Long, List<IkuBaru>> ikuPerUnit = new LinkedHashMap<>();
        Map<Long, Long> pkPerUnit = new LinkedHashMap<>();
        List<IkuBaru> semuaIku = new ArrayList<>();
        int nIku = 0;
        int[] jumlahIku = new int[berPk.size()];
        for (int i = 0; i < berPk.size(); i++) {
            UnitBaru x = berPk.get(i);
            jumlahIku[i] = x.ikuMin() + acak.nextInt(UkuranSkala.IKU_MAX - x.ikuMin() + 1);
            nIku += jumlahIku[i];
        }
        long ikuId = blok(c, "iku", nIku);
        for (int i = 0; i < berPk.size(); i++) {
            UnitBaru x = berPk.get(i);
            long pk = pkId++;
            pkPerUnit.put(x.id(), pk);
            pkCopy.baris(pk, x.id(), taId, 1, "AWAL", 1, "DITETAPKAN", "Kepala " + x.nama(), "Kepala " + x.nama(),
                    "Atasan " + x.nama(), "Atasan langsung", sekarang, sekarang, PELAKU, PELAKU);
            long[] ss = new long[4];
            for (int s = 0; s < 4; s++) {
                ss[s] = ssId++;
                ssCopy.baris(ss[s], pk, "S" + (s + 1), "Sasaran strategis " + (s + 1) + " " + x.kode(), PERSPEKTIF[s],
                        s + 1);
            }
            List<IkuBaru> daftar = new ArrayList<>();
            int[] perSs = new int[4];
            for (int j = 0; j < jumlahIku[i]; j++) {
                int s = j % 4;
                IkuBaru iku = new IkuBaru(ikuId++, ss[s], x, j, "S" + (s + 1), ++perSs[s]);
                iku.target = targetAwal(iku.profil());
                daftar.add(iku);
                semuaIku.add(iku);
            }
            ikuPerUnit.put(x.id(), daftar);
        }
        pkCopy.tutup();
        ssCopy.tutup();

        // cascades
        List<long[]> tautan = new ArrayList<>();
        List<String> metodeTautan = new ArrayList<>();
        Set<Long> sudahBawah = new HashSet<>();
        for (UnitBaru atas : e1) {
            List<IkuBaru> ikuAtas = ikuPerUnit.get(atas.id());
            List<UnitBaru> anak = e2.stream().filter(x -> x.induk() == atas.id()).toList();
            if (anak.isEmpty()) {
                continue;
            }
            for (int j = 0; j < 5; j++) {
                IkuBaru a = ikuAtas.get(j);
                for (UnitBaru b : anak) {
                    IkuBaru bi = ikuPerUnit.get(b.id()).get(j);
                    hubungkan(a, bi, "INDIRECT", tautan, metodeTautan, sudahBawah);
                }
                if (a.profil() == 2) { // a sum over the units below: the target sums too
                    a.target = a.target.multiply(BigDecimal.valueOf(anak.size()));
                }
            }
        }
        List<IkuBaru> ikuAkar = ikuPerUnit.get(akarId);
        for (IkuBaru a : ikuAkar) {
            UnitBaru bawah = e1.get(a.j % e1.size());
            List<IkuBaru> ikuBawah = ikuPerUnit.get(bawah.id());
            int jb = 8 + a.profil();
            if (jb < ikuBawah.size() && !sudahBawah.contains(ikuBawah.get(jb).id)) {
                hubungkan(a, ikuBawah.get(jb), "DIRECT", tautan, metodeTautan, sudahBawah);
            }
        }
        Map<Long, UnitBaru> individuPertama = new LinkedHashMap<>();
        for (UnitBaru x : ind) {
            individuPertama.putIfAbsent(x.induk(), x);
        }
        for (UnitBaru atas : e2) {
            UnitBaru b = individuPertama.get(atas.id());
            if (b != null) {
                hubungkan(ikuPerUnit.get(atas.id()).get(5), ikuPerUnit.get(b.id()).get(5), "DIRECT", tautan,
                        metodeTautan, sudahBawah);
            }
        }

        Salin ikuCopy = new Salin(copy, "iku (id, ss_id, urutan, kode, nama, definisi, satuan, validitas, kendali,"
                + " kualitas, jenis_cascading, metode_cascading, konsolidasi_periode, konsolidasi_lokasi, polarisasi,"
                + " periode_pelaporan, target_maksimum, target, penanggung_jawab, sumber_data)");
        for (IkuBaru i : semuaIku) {
            int p = i.profil();
            // Kemenlu allows neither EXACT-HIGH nor any ACTIVITY-HIGH pair
            boolean exact = acak.nextBoolean();
            String kendali = exact ? (acak.nextBoolean() ? "MODERATE" : "LOW") : (acak.nextBoolean() ? "HIGH" : "MODERATE");
            ikuCopy.baris(i.id, i.ssId, i.urutan, i.ssKode + "." + i.urutan + "-" + i.jenisCascading,
                    namaIku(p) + " " + (i.j + 1) + " " + i.unit.kode(), "Dihasilkan untuk uji skala", satuan(p),
                    exact ? "EXACT" : "PROXY", kendali,
                    acak.nextBoolean() ? "IMMEDIATE_OUTCOME" : "OUTPUT", i.jenisCascading, i.metode,
                    p == 2 ? "SUM" : p == 3 ? "AVERAGE" : "TAKE_LAST_KNOWN", p == 2 ? "SUM" : "AVERAGE",
                    p == 1 ? "MINIMIZE" : "MAXIMIZE", p == 3 ? "BULAN" : "TRIWULAN", false, i.target,
                    "Kepala " + i.unit.nama(), "Laporan unit");
        }
        ikuCopy.tutup();

        long casId = blok(c, "cascading", tautan.size());
        Salin casCopy = new Salin(copy, "cascading (id, atas_iku_id, bawah_iku_id, metode)");
        for (int t = 0; t < tautan.size(); t++) {
            casCopy.baris(casId++, tautan.get(t)[0], tautan.get(t)[1], metodeTautan.get(t));
        }
        casCopy.tutup();

        // ---- trajectories and realisations of the four quarters
        Salin trajCopy = new Salin(copy, "target_periode (iku_id, jenis_periode, nomor, target)");
        int nTraj = 0;
        int nReal = 0;
        for (IkuBaru i : semuaIku) {
            nTraj += i.jumlahPeriode();
            if (i.disimpan) {
                nReal += i.jumlahPeriode();
            }
        }
        long realId = blok(c, "realisasi", nReal);
        Salin realCopy = new Salin(copy, "realisasi (id, unit_id, tahun_anggaran_id, iku_id, iku_akar_id,"
                + " jenis_periode, nomor, jenis_nilai, nilai, diisi_oleh, diisi_pada)");
        Map<Long, Double> biasUnit = new LinkedHashMap<>();
        for (IkuBaru i : semuaIku) {
            int n = i.jumlahPeriode();
            String jenis = n == 12 ? "BULAN" : "TRIWULAN";
            double bias = biasUnit.computeIfAbsent(i.unit.id(), x -> 0.82 + acak.nextDouble() * 0.3);
            for (int p = 1; p <= n; p++) {
                BigDecimal traj = trajektori(i.profil(), i.target, p, n);
                trajCopy.baris(i.id, jenis, p, traj);
                if (i.disimpan) {
                    double f = bias * (0.85 + acak.nextDouble() * 0.3);
                    BigDecimal nilai = i.profil() == 1
                            ? traj.divide(BigDecimal.valueOf(f), 2, RoundingMode.HALF_UP)
                            : traj.multiply(BigDecimal.valueOf(f)).setScale(2, RoundingMode.HALF_UP);
                    realCopy.baris(realId++, i.unit.id(), taId, i.id, i.id, jenis, p, "ANGKA", nilai, PELAKU,
                            sekarang);
                }
            }
        }
        trajCopy.tutup();
        realCopy.tutup();

        // ---- approved quarterly reports (drafted and approved by two different people)
        Salin lapCopy = new Salin(copy, "laporan_realisasi (unit_id, tahun_anggaran_id, triwulan, status,"
                + " diajukan_oleh, diajukan_pada, diputuskan_oleh, diputuskan_pada)");
        for (UnitBaru x : berPk) {
            for (int q = 1; q <= 4; q++) {
                lapCopy.baris(x.id(), taId, q, "DISETUJUI", k.toLowerCase(Locale.ROOT) + ".perencana", sekarang,
                        k.toLowerCase(Locale.ROOT) + ".pimpinan", sekarang);
            }
        }
        lapCopy.tutup();

        // ---- accounts of different reach: PKO pusat, heads of Eselon I, planners of Eselon II, PKO of missions
        List<Akun> akun = new ArrayList<>();
        Map<String, Long> unitPerKode = new LinkedHashMap<>();
        berPk.forEach(x -> unitPerKode.put(x.kode(), x.id()));
        List<String[]> tugas = new ArrayList<>();
        for (int n = 1; n <= u.pengguna(); n++) {
            String username = k.toLowerCase(Locale.ROOT) + ".u" + String.format("%03d", n);
            int r = (n - 1) % 4;
            if (n == 1) {
                tugas.add(new String[] {username, "PKO_PUSAT", akar.kode()});
            } else if (r == 1) {
                tugas.add(new String[] {username, "PIMPINAN", e1.get((n / 4) % e1.size()).kode()});
            } else if ((r == 2 || r == 3) && !e2.isEmpty()) {
                tugas.add(new String[] {username, "PERENCANA", e2.get((n * 7) % e2.size()).kode()});
            } else if (!pwk.isEmpty()) {
                tugas.add(new String[] {username, "PKO_UNIT", pwk.get(n % pwk.size()).kode()});
            } else {
                tugas.add(new String[] {username, "PIMPINAN", e1.get(n % e1.size()).kode()});
            }
        }
        for (String[] t : tugas) {
            long unit = unitPerKode.get(t[2]);
            akun.add(new Akun(t[0], t[1], t[2], unit, pkPerUnit.get(unit)));
        }
        String hash = encoder.encode(kataSandi);
        long penggunaId = blok(c, "pengguna", akun.size());
        Salin pCopy = new Salin(copy, "pengguna (id, username, nama, jabatan, password_hash)");
        Salin tCopy = new Salin(copy, "penugasan (pengguna_id, unit_id, peran)");
        for (Akun a : akun) {
            long id = penggunaId++;
            pCopy.baris(id, a.username(), "Pengguna uji " + a.username(), a.peran(), hash);
            tCopy.simpanNanti(id, unitPerKode.get(a.unitKode()), a.peran());
        }
        pCopy.tutup();
        tCopy.tutup();

        try (Statement st = c.createStatement()) {
            st.execute("analyze unit, perjanjian_kinerja, sasaran_strategis, iku, target_periode, cascading,"
                    + " realisasi, laporan_realisasi, pengguna, penugasan");
        }
        log.info("Data skala {}: {} unit, {} PK, {} IKU, {} target periode, {} cascading, {} realisasi",
                k, baru.size() + 1, berPk.size(), semuaIku.size(), nTraj, tautan.size(), nReal);
        return new Hasil(k, org.id(), baru.size() + 1, berPk.size(), semuaIku.size(), nTraj, tautan.size(), nReal,
                berPk.size() * 4, akun, 0);
    }

    private static void hubungkan(IkuBaru atas, IkuBaru bawah, String metode, List<long[]> tautan,
            List<String> metodeTautan, Set<Long> sudahBawah) {
        String jenis = metode.equals("DIRECT") ? "CP" : "C";
        atas.jenisCascading = jenis;
        atas.metode = metode;
        atas.disimpan = false;
        bawah.jenisCascading = jenis;
        bawah.metode = metode;
        if (metode.equals("DIRECT")) {
            bawah.target = atas.target;
        }
        sudahBawah.add(bawah.id);
        tautan.add(new long[] {atas.id, bawah.id});
        metodeTautan.add(metode);
    }

    private static BigDecimal targetAwal(int profil) {
        return switch (profil) {
            case 0 -> BigDecimal.valueOf(100);
            case 1 -> BigDecimal.valueOf(5);
            case 2 -> BigDecimal.valueOf(40);
            default -> BigDecimal.valueOf(90);
        };
    }

    /** Rencana Aksi: cumulative share for a last-known %, an equal share of a sum, flat otherwise. */
    static BigDecimal trajektori(int profil, BigDecimal target, int p, int n) {
        return switch (profil) {
            case 0 -> target.multiply(BigDecimal.valueOf(p)).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            case 2 -> target.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            default -> target;
        };
    }

    private static String namaIku(int profil) {
        return switch (profil) {
            case 0 -> "Persentase capaian program";
            case 1 -> "Rata-rata waktu layanan";
            case 2 -> "Jumlah rekomendasi kebijakan";
            default -> "Indeks kepuasan pemangku kepentingan";
        };
    }

    private static String satuan(int profil) {
        return switch (profil) {
            case 1 -> "hari";
            case 2 -> "dokumen";
            default -> "%";
        };
    }

    private static String dua(int i) {
        return String.format("%02d", i);
    }

    /**
     * Reserves n ids of a table's sequence; returns the first (the caller sets them explicitly). The
     * planning tables use pooled sequences ({@code <table>_seq}, increment 50, V26_1): a value v there
     * hands out v-49..v to Hibernate, so the block starts at a fresh value and the sequence is moved
     * one allocation past its end.
     */
    private static long blok(Connection c, String tabel, long n) throws SQLException {
        if (n == 0) {
            return 0;
        }
        try (var ps = c.prepareStatement("""
                with s as (select coalesce(to_regclass(? || '_seq')::text, pg_get_serial_sequence(?, 'id')) as nama,
                                  to_regclass(? || '_seq') is not null as dikumpulkan)
                select setval(nama, nextval(nama) + ? - 1 + case when dikumpulkan then 50 else 0 end),
                       dikumpulkan from s""")) {
            ps.setString(1, tabel);
            ps.setString(2, tabel);
            ps.setString(3, tabel);
            ps.setLong(4, n);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - n + 1 - (rs.getBoolean(2) ? 50 : 0);
            }
        }
    }

    /** COPY … FROM STDIN in text format, sent in chunks of a few MB. */
    static final class Salin {
        private final CopyManager copy;
        private final String sql;
        private final StringBuilder buf = new StringBuilder(BUFFER + 4096);
        private final List<Object[]> nanti = new ArrayList<>();

        Salin(CopyManager copy, String target) {
            this.copy = copy;
            this.sql = "copy " + target + " from stdin";
        }

        void baris(Object... nilai) throws SQLException, IOException {
            for (int i = 0; i < nilai.length; i++) {
                if (i > 0) {
                    buf.append('\t');
                }
                Object v = nilai[i];
                if (v == null) {
                    buf.append("\\N");
                } else if (v instanceof BigDecimal b) {
                    buf.append(b.toPlainString());
                } else if (v instanceof Boolean b) {
                    buf.append(b ? 't' : 'f');
                } else {
                    String s = v.toString();
                    for (int x = 0; x < s.length(); x++) {
                        char ch = s.charAt(x);
                        switch (ch) {
                            case '\\' -> buf.append("\\\\");
                            case '\t' -> buf.append("\\t");
                            case '\n' -> buf.append("\\n");
                            case '\r' -> buf.append("\\r");
                            default -> buf.append(ch);
                        }
                    }
                }
            }
            buf.append('\n');
            if (buf.length() >= BUFFER) {
                kirim();
            }
        }

        /** Rows that reference rows of another COPY still open: written when this one closes. */
        void simpanNanti(Object... nilai) {
            nanti.add(nilai);
        }

        void tutup() throws SQLException, IOException {
            for (Object[] n : nanti) {
                baris(n);
            }
            nanti.clear();
            kirim();
        }

        private void kirim() throws SQLException, IOException {
            if (buf.isEmpty()) {
                return;
            }
            copy.copyIn(sql, new StringReader(buf.toString()));
            buf.setLength(0);
        }
    }
}
