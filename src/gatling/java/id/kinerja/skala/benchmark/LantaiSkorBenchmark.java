package id.kinerja.skala.benchmark;

import id.kinerja.KinerjaApplication;
import id.kinerja.realisasi.SkorService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Whole-ministry recompute of one quarter vs. PostgreSQL's own time to read the rows it needs.
 *
 * <p>Floor: the same rows (PKs in force, SS, IKU, trajectories, cascades, realisations, quarterly
 * reports, units, periods, rulebooks) read over JDBC with every column fetched and nothing done
 * with them; best of three after one warm-up. Recompute: {@link SkorService#subtree} on the
 * organisation's root (the batch path), best of {@code skala.ulang} after a warm-up; with
 * {@code -Dskala.jalur=unit} the old loop of {@link SkorService#sampaiDengan} per unit. Needs {@code -Dskala.jdbc} (the application's database, e.g. the embedded one's port
 * from postmaster.pid); prints both and their ratio. Not a test.
 */
public final class LantaiSkorBenchmark {

    private LantaiSkorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = System.getProperty("skala.jdbc", "jdbc:postgresql://localhost:5432/postgres");
        String user = System.getProperty("skala.jdbc-user", "postgres");
        String pw = System.getProperty("skala.jdbc-password", "");
        String kode = System.getProperty("skala.kode", "SKALA");
        int tahun = Integer.parseInt(System.getProperty("skala.tahun", "2026"));
        int tw = Integer.parseInt(System.getProperty("skala.sd", "TW3").replaceAll("\\D", ""));
        int batas = Integer.parseInt(System.getProperty("skala.batas-unit", "0"));

        long floorBest = Long.MAX_VALUE;
        long baris = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, pw)) {
            c.setReadOnly(true);
            long[] org = orgDanTahun(c, kode, tahun);
            for (int ulang = 0; ulang < 4; ulang++) {
                long t0 = System.nanoTime();
                baris = 0;
                for (String sql : floorSql()) {
                    baris += baca(c, sql, org[0], org[1]);
                }
                long ns = System.nanoTime() - t0;
                if (ulang > 0) {
                    floorBest = Math.min(floorBest, ns);
                }
            }
        }
        System.out.printf(Locale.ROOT, "[lantai] %d baris dibaca PostgreSQL lewat JDBC: %.0f ms (terbaik dari 3, %s)%n",
                baris, floorBest / 1e6, bebanMesin());

        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KinerjaApplication.class)
                // arguments, not default properties: application.yml would override those
                .run("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + pw, "--server.port=0", "--kinerja.demo.enabled=true",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            UserDetails admin = ctx.getBean(UserDetailsService.class).loadUserByUsername(
                    System.getProperty("skala.admin", "admin"));
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            SkorService skor = ctx.getBean(SkorService.class);
            List<Long> unit = ctx.getBean(JdbcTemplate.class).queryForList("""
                    select distinct p.unit_id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                    join tahun_anggaran t on t.id = p.tahun_anggaran_id
                    join organisasi o on o.id = u.organisasi_id
                    where o.kode = ? and t.tahun = ? and p.status in ('DITETAPKAN', 'DIGANTIKAN') order by 1""",
                    Long.class, kode, tahun);
            int semuaUnit = unit.size();
            if (!"unit".equals(System.getProperty("skala.jalur", "subtree"))) {
                // the batch path: SkorService.subtree on the organisation's root, best of three after a warm-up
                Long akar = ctx.getBean(JdbcTemplate.class).queryForObject("""
                        select u.id from unit u join organisasi o on o.id = u.organisasi_id
                        where o.kode = ? and u.induk_id is null order by u.id limit 1""", Long.class, kode);
                int ulangi = Integer.parseInt(System.getProperty("skala.ulang", "3"));
                long terbaik = Long.MAX_VALUE;
                int unitDinilai = 0;
                int ikuDinilai = 0;
                for (int ulang = 0; ulang <= ulangi; ulang++) {
                    long t0 = System.nanoTime();
                    List<SkorService.SkorUnit> hasil = skor.subtree(akar, tahun, tw);
                    long ns = System.nanoTime() - t0;
                    unitDinilai = hasil.size();
                    ikuDinilai = hasil.stream().filter(h -> h.skor() != null).mapToInt(h -> h.skor().indikator().size())
                            .sum();
                    System.out.printf(Locale.ROOT, "[hitung ulang] %s: subtree(akar) %d unit, %d IKU s.d. TW%d: %.0f ms (%s)%n",
                            ulang == 0 ? "pemanasan" : "putaran " + ulang, unitDinilai, ikuDinilai, tw, ns / 1e6,
                            bebanMesin());
                    if (ulang > 0) {
                        terbaik = Math.min(terbaik, ns);
                    }
                }
                System.out.printf(Locale.ROOT, "[hitung ulang] subtree seluruh kementerian: %.0f ms terbaik dari %d%n",
                        terbaik / 1e6, ulangi);
                System.out.printf(Locale.ROOT, "[rasio] hitung ulang / lantai = %.2f x (target <= 1,5 x)%n",
                        (double) terbaik / floorBest);
                int barisPdf = Integer.parseInt(System.getProperty("skala.pdf-baris", "300"));
                if (barisPdf > 0) {
                    ukurPdf(ctx, unit.get(0), tahun, tw, barisPdf);
                }
                return;
            }
            if (batas > 0 && batas < unit.size()) {
                // a fixed random sample across the ministry, extrapolated by IKU below
                unit = new ArrayList<>(unit);
                java.util.Collections.shuffle(unit, new java.util.Random(42));
                unit = unit.subList(0, batas);
            }
            // warm-up: the first hundred units once
            for (Long u : unit.subList(0, Math.min(100, unit.size()))) {
                skor.sampaiDengan(u, tahun, tw);
            }
            long t0 = System.nanoTime();
            int ikuDinilai = 0;
            for (Long u : unit) {
                ikuDinilai += skor.sampaiDengan(u, tahun, tw).indikator().size();
            }
            long ns = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "[hitung ulang] %d unit, %d IKU s.d. TW%d lewat SkorService: %.0f ms (%s)%n",
                    unit.size(), ikuDinilai, tw, ns / 1e6, bebanMesin());
            double nsSemua = ns;
            if (unit.size() < semuaUnit) {
                Long totalIku = ctx.getBean(JdbcTemplate.class).queryForObject("""
                        select count(*) from iku i join sasaran_strategis ss on ss.id = i.ss_id
                        join perjanjian_kinerja p on p.id = ss.pk_id join unit u on u.id = p.unit_id
                        join organisasi o on o.id = u.organisasi_id join tahun_anggaran t on t.id = p.tahun_anggaran_id
                        where o.kode = ? and t.tahun = ? and p.status in ('DITETAPKAN', 'DIGANTIKAN')""",
                        Long.class, kode, tahun);
                nsSemua = (double) ns * totalIku / Math.max(1, ikuDinilai);
                System.out.printf(Locale.ROOT, "[hitung ulang] sampel %d dari %d unit; seluruh kementerian (%d IKU)"
                        + " diperkirakan %.0f ms%n", unit.size(), semuaUnit, totalIku, nsSemua / 1e6);
            }
            System.out.printf(Locale.ROOT, "[rasio] hitung ulang / lantai = %.1f x (target <= 1,5 x)%n",
                    nsSemua / floorBest);
        } finally {
            SecurityContextHolder.clearContext();
            ctx.close();
        }
    }

    /**
     * Matriks NCKO of a real unit, its IKU rows repeated (codes made unique) up to {@code baris}
     * rows, rendered to PDF through the application's renderer: best of five after a warm-up.
     */
    private static void ukurPdf(ConfigurableApplicationContext ctx, Long unitId, int tahun, int tw, int baris) {
        var dasbor = ctx.getBean(id.kinerja.dasbor.DasborService.class);
        var unit = ctx.getBean(id.kinerja.organisasi.OrganisasiQuery.class).unit(unitId).orElseThrow();
        var asli = dasbor.matriks(unit.kode(), tahun, "TW" + tw);
        int ada = asli.sasaran().stream().mapToInt(k -> k.iku().size()).sum();
        int kali = Math.max(1, (baris + ada - 1) / Math.max(1, ada));
        List<id.kinerja.dasbor.DasborService.KelompokSs> kelompok = new ArrayList<>();
        int sisa = baris;
        for (var k : asli.sasaran()) {
            List<SkorService.IkuSkor> iku = new ArrayList<>();
            for (int r = 0; r < kali && sisa > 0; r++) {
                for (SkorService.IkuSkor i : k.iku()) {
                    if (sisa-- <= 0) {
                        break;
                    }
                    iku.add(new SkorService.IkuSkor(i.ikuId(), i.ikuAkarId(), i.kode() + "." + r, i.nama(), i.satuan(),
                            i.ssKode(), i.ssNama(), i.perspektif(), i.polarisasi(), i.periodePelaporan(), i.rawData(),
                            i.skala(), i.dinilai(), i.target(), i.targetBawah(), i.targetAtas(), i.realisasi(),
                            i.capaian(), i.band(), i.formula(), i.bobot(), i.bobotTertimbang(), i.turunan(),
                            i.belumDilaporkan(), i.targetPerluDinaikkan()));
                }
            }
            kelompok.add(new id.kinerja.dasbor.DasborService.KelompokSs(k.ss(), iku, k.np()));
        }
        var m = new id.kinerja.dasbor.DasborService.Matriks(asli.pilihan(), asli.hasil(), kelompok);
        int jumlah = kelompok.stream().mapToInt(k -> k.iku().size()).sum();
        var pdf = ctx.getBean(id.kinerja.platform.pdf.PdfRenderer.class);
        long terbaik = Long.MAX_VALUE;
        int ukuran = 0;
        for (int ulang = 0; ulang <= 5; ulang++) {
            long t0 = System.nanoTime();
            ukuran = pdf.render("dasbor/matriks-cetak", java.util.Map.of("m", m)).length;
            long ns = System.nanoTime() - t0;
            if (ulang > 0) {
                terbaik = Math.min(terbaik, ns);
            }
        }
        System.out.printf(Locale.ROOT, "[pdf] Matriks NCKO %s, %d baris IKU: %.0f ms terbaik dari 5 (%d KB, %s)%n",
                unit.kode(), jumlah, terbaik / 1e6, ukuran / 1024, bebanMesin());
    }

    static String bebanMesin() {
        try {
            return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim()
                    .split(" ", 4)[0];
        } catch (Exception e) {
            return "load average ?";
        }
    }

    private static long[] orgDanTahun(Connection c, String kode, int tahun) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                select o.id, t.id from organisasi o join tahun_anggaran t on t.organisasi_id = o.id
                where o.kode = ? and t.tahun = ?""")) {
            ps.setString(1, kode);
            ps.setInt(2, tahun);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Organisasi " + kode + " tahun " + tahun + " tidak ada: muat dulu");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Every statement takes (organisasi id, tahun anggaran id). */
    static List<String> floorSql() {
        String pk = "from perjanjian_kinerja p join unit u on u.id = p.unit_id where u.organisasi_id = ?"
                + " and p.tahun_anggaran_id = ? and p.status in ('DITETAPKAN', 'DIGANTIKAN')";
        List<String> s = new ArrayList<>();
        s.add("select u.* from unit u where u.organisasi_id = ? and ? > 0");
        s.add("select pr.* from periode pr join tahun_anggaran t on t.id = pr.tahun_anggaran_id"
                + " where t.organisasi_id = ? and t.id = ?");
        s.add("select p.* " + pk);
        s.add("select ss.* from sasaran_strategis ss join perjanjian_kinerja p on p.id = ss.pk_id"
                + " join unit u on u.id = p.unit_id where u.organisasi_id = ? and p.tahun_anggaran_id = ?");
        s.add("select i.* from iku i join sasaran_strategis ss on ss.id = i.ss_id join perjanjian_kinerja p"
                + " on p.id = ss.pk_id join unit u on u.id = p.unit_id where u.organisasi_id = ?"
                + " and p.tahun_anggaran_id = ?");
        s.add("select tp.* from target_periode tp join iku i on i.id = tp.iku_id join sasaran_strategis ss"
                + " on ss.id = i.ss_id join perjanjian_kinerja p on p.id = ss.pk_id join unit u on u.id = p.unit_id"
                + " where u.organisasi_id = ? and p.tahun_anggaran_id = ?");
        s.add("select c.* from cascading c join iku i on i.id = c.atas_iku_id join sasaran_strategis ss"
                + " on ss.id = i.ss_id join perjanjian_kinerja p on p.id = ss.pk_id join unit u on u.id = p.unit_id"
                + " where u.organisasi_id = ? and p.tahun_anggaran_id = ?");
        s.add("select r.* from realisasi r join unit u on u.id = r.unit_id where u.organisasi_id = ?"
                + " and r.tahun_anggaran_id = ?");
        s.add("select l.* from laporan_realisasi l join unit u on u.id = l.unit_id where u.organisasi_id = ?"
                + " and l.tahun_anggaran_id = ?");
        s.add("select rv.* from rulebook_versi rv join organisasi o on o.rulebook_key = rv.kode where o.id = ?"
                + " and ? > 0");
        return s;
    }

    private static long baca(Connection c, String sql, long org, long ta) throws Exception {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            ps.setLong(1, org);
            ps.setLong(2, ta);
            try (ResultSet rs = ps.executeQuery()) {
                int kolom = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= kolom; k++) {
                        rs.getObject(k);
                    }
                    n++;
                }
            }
        }
        return n;
    }
}
