package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.akses.Peran;
import id.kinerja.cascading.CascadingService;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 9 items 2 and 5 on a directorate of its own below Ditjen Aspasaf (with a head, a planner
 * and a subdirectorate): signatories defaulted from the tree and corrected in the browser (Plh.,
 * NIP with spaces), printed with the approval date; a planner reads the PKs directly above and
 * below (read-only) and is offered only what they may do.
 */
class PenandatanganBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    CascadingService cascading;

    @Autowired
    UnitService units;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private <T> T sebagai(String username, Supplier<T> kerja) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Pohon(Long direktorat, Long subdit, Long pkDit, Long pkSubdit, Long ikuDit, String perencana,
            String kepala) {
    }

    private Pohon siapkan() {
        String akhiran = Long.toString(System.nanoTime() % 100_000_000L);
        Long aspasaf = DemoUnits.id(jdbc, "ASPASAF");
        Long dit = sebagai("kemenlu.pko", () -> units.buat(new UnitParameters(aspasaf, "UJI9P-" + akhiran,
                "Direktorat Uji Penandatangan " + akhiran, JenisUnit.UNIT_KERJA, false, "Direktur Uji Penandatangan",
                91)).id());
        Long subdit = sebagai("kemenlu.pko", () -> units.buat(new UnitParameters(dit, "UJI9P-" + akhiran + "-1",
                "Subdirektorat Uji " + akhiran, JenisUnit.UNIT_KERJA, false, "Kepala Subdirektorat Uji", 1)).id());
        String kepala = "uji9.kepala" + akhiran;
        String perencana = "uji9.perencana" + akhiran;
        String hash = encoder.encode("demo");
        String nipKepala = "19800101200801" + String.format("%04d", Long.parseLong(akhiran) % 10_000);
        pengguna.buatAkunAwal(kepala, nipKepala, "Dr. Kepala Uji " + akhiran, "Direktur", "Pembina Tk. I (IV/b)",
                hash, false, List.of(Map.entry(dit, Peran.PIMPINAN)));
        pengguna.buatAkunAwal(perencana, null, "Perencana Uji " + akhiran, "Perencana", "Penata (III/c)", hash,
                false, List.of(Map.entry(dit, Peran.PERENCANA)));
        Long ikuAspasaf = jdbc.queryForObject("""
                select i.id from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id
                where u.kode = 'ASPASAF' and p.status = 'DITETAPKAN' order by i.kode limit 1""", Long.class);
        Long ikuDit = sebagai("kemenlu.pko", () -> jdbc.queryForObject("select bawah_iku_id from cascading where id = ?",
                Long.class, cascading.cascade(ikuAspasaf, new CascadingService.Parameter(MetodeLink.DIRECT, dit, null,
                        null, null, null, null, null))));
        Long pkDit = jdbc.queryForObject("select s.pk_id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where i.id = ?", Long.class, ikuDit);
        List<BigDecimal> traj = jdbc.queryForList("select target from target_periode where iku_id = ? order by nomor",
                BigDecimal.class, ikuAspasaf);
        Long ikuSubdit = sebagai("kemenlu.pko", () -> {
            if (!traj.isEmpty()) {
                perencanaan.simpanTrajektori(pkDit, perencanaan.versi(pkDit), ikuDit, traj);
            }
            return jdbc.queryForObject("select bawah_iku_id from cascading where id = ?", Long.class,
                    cascading.cascade(ikuDit, new CascadingService.Parameter(MetodeLink.DIRECT, subdit, null, null,
                            null, null, null, null)));
        });
        Long pkSubdit = jdbc.queryForObject("select s.pk_id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where i.id = ?", Long.class, ikuSubdit);
        return new Pohon(dit, subdit, pkDit, pkSubdit, ikuDit, perencana, kepala);
    }

    @Test
    void signatoriesComeFromTheTreeAreCorrectedInTheBrowserAndPrintWithTheApprovalDate() throws Exception {
        Pohon t = siapkan();
        masuk(t.perencana(), "demo");
        page.navigate(url("/perencanaan/pk/" + t.pkDit()));
        // defaults: the unit's head; the head of the unit above with the position of that unit
        assertThat(isian("#pertamaNama")).startsWith("Dr. Kepala Uji");
        assertThat(isian("#pertamaJabatan")).isEqualTo("Direktur Uji Penandatangan");
        assertThat(isian("#pertamaPangkat")).isEqualTo("Pembina Tk. I (IV/b)");
        assertThat(isian("#keduaNama")).isEqualTo("Dra. Sri Wahyuni, M.A.");
        assertThat(isian("#keduaJabatan")).isEqualTo("Direktur Jenderal Asia Pasifik dan Afrika");
        assertThat(isian("#keduaPangkat")).isEqualTo("Pembina Utama (IV/e)");

        // a bad NIP is refused at its field, the other input kept
        page.fill("#keduaNama", "Drs. Anton Wijaya");
        page.selectOption("#keduaPelaksana", "PLH");
        page.fill("#keduaNip", "123");
        page.click("[data-testid=simpan-pihak]");
        assertThat(teks("[data-pihak=kedua] .invalid-feedback")).contains("NIP \"123\" tidak sah");
        assertThat(isian("#keduaNama")).isEqualTo("Drs. Anton Wijaya");
        assertThat(isian("#keduaPelaksana")).isEqualTo("PLH");
        // a NIP typed with spaces is cleaned
        page.fill("#keduaNip", "19750101 200012 1 001");
        page.click("[data-testid=simpan-pihak]");
        assertThat(teks("[data-testid=pesan]")).contains("Penandatangan tersimpan");
        assertThat(isian("#keduaNip")).isEqualTo("197501012000121001");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'PerjanjianKinerja' "
                + "and entitas_id = ? and aksi = 'UBAH'", Integer.class, String.valueOf(t.pkDit()))).isPositive();

        sebagai("kemenlu.pko", () -> {
            perencanaan.ajukan(t.pkDit(), perencanaan.pkById(t.pkDit()).version());
            return null;
        });
        sebagai("kemenlu.pimpinan2", () -> {
            perencanaan.tetapkan(t.pkDit(), perencanaan.pkById(t.pkDit()).version());
            return null;
        });
        String tanggal = jdbc.queryForObject("select to_char(ditetapkan_pada at time zone 'Asia/Jakarta', 'FMDD') "
                + "from perjanjian_kinerja where id = ?", String.class, t.pkDit());
        byte[] pdf = page.request().get(url("/perencanaan/pk/" + t.pkDit() + "/cetak.pdf")).body();
        try (var doc = Loader.loadPDF(pdf)) {
            String teks = new PDFTextStripper().getText(doc);
            assertThat(teks).contains("Plh. Direktur Jenderal Asia Pasifik dan Afrika").contains("Drs. Anton Wijaya")
                    .contains("NIP 197501012000121001").contains("Pembina Tk. I (IV/b)")
                    .doesNotContain("null").doesNotContain("Nama : ....");
            assertThat(teks).containsPattern("Jakarta, " + tanggal + " \\p{L}+ 20\\d\\d");
        }
        // approved: the signatories are read-only
        page.navigate(url("/perencanaan/pk/" + t.pkDit()));
        assertThat(page.getAttribute("#keduaNama", "readonly")).isNotNull();
        assertThat(page.locator("[data-testid=simpan-pihak]").count()).isZero();
    }

    @Test
    void aPlannerReadsThePksDirectlyAboveAndBelowAndIsOfferedOnlyWhatTheyMayDo() {
        Pohon t = siapkan();
        Long pkAspasaf = jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode = 'ASPASAF' and p.status = 'DITETAPKAN' limit 1""", Long.class);
        Long pkRoren = jdbc.queryForObject("""
                select p.id from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode = 'ROREN' and p.status = 'DITETAPKAN' limit 1""", Long.class);
        masuk(t.perencana(), "demo");
        // above: read-only
        var atas = page.navigate(url("/perencanaan/pk/" + pkAspasaf));
        assertThat(atas.status()).isEqualTo(200);
        assertThat(page.locator("[data-testid=hapus-iku]").count()).isZero();
        assertThat(page.locator("[data-testid=simpan-pihak]").count()).isZero();
        assertThat(page.locator("[data-testid=form-revisi]").count()).isZero();
        // below: read-only
        var bawah = page.navigate(url("/perencanaan/pk/" + t.pkSubdit()));
        assertThat(bawah.status()).isEqualTo(200);
        assertThat(page.locator("[data-testid=hapus-iku]").count()).isZero();
        assertThat(page.locator("[data-testid=ajukan]").count()).isZero();
        // elsewhere: still out of reach
        assertThat(page.navigate(url("/perencanaan/pk/" + pkRoren)).status()).isEqualTo(403);
        // own PK: the cascading form is not offered (the planner does not draft the subdirectorate)
        page.navigate(url("/cascading/iku/" + t.ikuDit()));
        assertThat(page.locator("[data-testid=form-cascading]").count()).isZero();

        context.clearCookies();
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/cascading/iku/" + t.ikuDit()));
        assertThat(page.locator("[data-testid=form-cascading]").count()).isEqualTo(1);
    }
}
