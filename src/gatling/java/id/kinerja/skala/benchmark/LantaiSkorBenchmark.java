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
 * with them; best of three after one warm-up. Recompute: {@link SkorService#sampaiDengan} for
 * every unit with a PK, in one loop (issue 13 allows a loop for this measurement; a batch method
 * follows). Needs {@code -Dskala.jdbc} (the application's database, e.g. the embedded one's port
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
