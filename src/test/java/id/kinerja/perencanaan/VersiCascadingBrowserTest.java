package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.cascading.CascadingService;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9 items 3, 4, 6 and 7 on a Kemenlu directorate below Ditjen Aspasaf (its own test units, so
 * no other test's PK is touched): cascades follow the version in force, a komplemen cannot change
 * targets past the revision cut-off, deletes and Tetapkan ask first, and refusals stay on the form.
 */
class VersiCascadingBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    CascadingService cascading;

    @Autowired
    UnitService units;

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private static int urut;

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

    private void ajukanDanTetapkan(Long pkId) {
        sebagai("kemenlu.pko", () -> {
            PerencanaanService.PkView pk = perencanaan.pkById(pkId);
            assertThat(pk.masalah()).isEmpty();
            perencanaan.ajukan(pkId, pk.version());
            return null;
        });
        sebagai("kemenlu.pimpinan2", () -> {
            perencanaan.tetapkan(pkId, perencanaan.pkById(pkId).version());
            return null;
        });
    }

    private Long unit(Long induk, String nama, boolean pemilikPeta) {
        String kode = "UJI9-" + System.nanoTime() % 1_000_000_000L + "-" + (urut++);
        return sebagai("kemenlu.pko", () -> units.buat(new UnitParameters(induk, kode, nama, JenisUnit.UNIT_KERJA,
                pemilikPeta, "Direktur " + nama, 90)).id());
    }

    /** Copies the upper IKU's trajectory into a directly cascaded lower IKU, so the plan is complete. */
    private void trajektoriSeperti(Long pkId, Long ikuId, Long dariIkuId) {
        List<BigDecimal> nilai = jdbc.queryForList(
                "select target from target_periode where iku_id = ? order by nomor", BigDecimal.class, dariIkuId);
        if (!nilai.isEmpty()) {
            sebagai("kemenlu.pko", () -> {
                perencanaan.simpanTrajektori(pkId, perencanaan.versi(pkId), ikuId, nilai);
                return null;
            });
        }
    }

    private Long pkDari(Long ikuId) {
        return jdbc.queryForObject("select s.pk_id from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where i.id = ?", Long.class, ikuId);
    }

    private Long bawahDari(Long linkId) {
        return jdbc.queryForObject("select bawah_iku_id from cascading where id = ?", Long.class, linkId);
    }

    @Test
    void linksFollowTheVersionInForceUpAndDownAndHistoryStays() throws Exception {
        // Ditjen Aspasaf's approved demo IKU, cascaded direct into a new directorate, and on into its subdirectorate
        Long ikuAspasaf = jdbc.queryForObject("""
                select i.id from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id
                where u.kode = 'ASPASAF' and p.status = 'DITETAPKAN' order by i.kode limit 1""", Long.class);
        Long direktorat = unit(DemoUnits.id(jdbc, "ASPASAF"), "Direktorat Uji Asia Timur", false);
        Long subdit = unit(direktorat, "Subdirektorat Uji Asia Timur I", false);
        Long ikuDit = sebagai("kemenlu.pko", () -> bawahDari(cascading.cascade(ikuAspasaf,
                new CascadingService.Parameter(MetodeLink.DIRECT, direktorat, null, null, null, null, null, null))));
        Long pkDit = pkDari(ikuDit);
        trajektoriSeperti(pkDit, ikuDit, ikuAspasaf);
        Long ikuSubdit = sebagai("kemenlu.pko", () -> bawahDari(cascading.cascade(ikuDit,
                new CascadingService.Parameter(MetodeLink.DIRECT, subdit, null, null, null, null, null, null))));
        Long pkSubdit = pkDari(ikuSubdit);
        trajektoriSeperti(pkSubdit, ikuSubdit, ikuAspasaf);
        ajukanDanTetapkan(pkDit);
        ajukanDanTetapkan(pkSubdit);

        // a komplemen of the directorate (new office holder), approved
        Long v2 = sebagai("kemenlu.pko", () -> perencanaan.ubahVersi(pkDit, perencanaan.pkById(pkDit).version(),
                JenisPk.KOMPLEMEN, 4, "Pergantian Direktur (mutasi)").id());
        ajukanDanTetapkan(v2);
        Long ikuDitV2 = jdbc.queryForObject("select id from iku where asal_id = ?", Long.class, ikuDit);

        // upward: Ditjen Aspasaf's matrix now carries the v2 IKU; downward: v2 carries the subdirectorate's IKU
        CascadingService.Matriks aspasaf = sebagai("kemenlu.pko",
                () -> cascading.matriks(DemoUnits.id(jdbc, "ASPASAF"), 2026));
        assertThat(aspasaf.baris().stream().filter(b -> b.ikuId().equals(ikuAspasaf)).findFirst().orElseThrow()
                .tautan()).extracting(CascadingService.Tautan::pkId).contains(v2).doesNotContain(pkDit);
        CascadingService.Matriks dit = sebagai("kemenlu.pko", () -> cascading.matriks(direktorat, 2026));
        assertThat(dit.pkId()).isEqualTo(v2);
        assertThat(dit.baris()).allSatisfy(b -> assertThat(b.tautan()).isNotEmpty());
        assertThat(dit.baris().get(0).tautan()).extracting(CascadingService.Tautan::pkId).containsExactly(pkSubdit);
        CascadingService.Pohon pohon = sebagai("kemenlu.pko", () -> cascading.pohon(direktorat, 2026));
        assertThat(pohon.akar()).hasSize(1);
        assertThat(pohon.akar().get(0).ikuId()).isEqualTo(ikuDitV2);
        assertThat(pohon.akar().get(0).anak()).extracting(CascadingService.Simpul::ikuId).containsExactly(ikuSubdit);
        // history: v1 keeps its own links
        assertThat(jdbc.queryForObject("select count(*) from cascading where bawah_iku_id = ? and atas_iku_id = ?",
                Integer.class, ikuDit, ikuAspasaf)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cascading where atas_iku_id = ? and bawah_iku_id = ?",
                Integer.class, ikuDit, ikuSubdit)).isEqualTo(1);

        // the matrix page of the directorate shows no "Belum dicascade"
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/cascading/unit/" + direktorat + "?tahun=2026"));
        assertThat(teks("main")).doesNotContain("Belum dicascade").contains("Subdirektorat Uji Asia Timur I");

        // the subdirectorate's own komplemen: its copy hangs on the directorate's version in force
        Long v2Subdit = sebagai("kemenlu.pko", () -> perencanaan.ubahVersi(pkSubdit,
                perencanaan.pkById(pkSubdit).version(), JenisPk.KOMPLEMEN, 4, "Pergantian Kasubdit").id());
        Long ikuSubditV2 = jdbc.queryForObject("select id from iku where asal_id = ?", Long.class, ikuSubdit);
        assertThat(jdbc.queryForObject("select count(*) from cascading where bawah_iku_id = ?", Integer.class,
                ikuSubditV2)).as("a draft version waits for its approval").isZero();
        ajukanDanTetapkan(v2Subdit);
        assertThat(jdbc.queryForObject("select count(*) from cascading where atas_iku_id = ? and bawah_iku_id = ?",
                Integer.class, ikuDitV2, ikuSubditV2)).isEqualTo(1);
        CascadingService.Matriks ditLagi = sebagai("kemenlu.pko", () -> cascading.matriks(direktorat, 2026));
        assertThat(ditLagi.baris().get(0).tautan()).extracting(CascadingService.Tautan::pkId)
                .containsExactly(v2Subdit);
        assertThat(ditLagi.ikuBawahTanpaInduk()).isEmpty();
    }

    @Test
    void deletingAnIkuCascadedFromAboveGivesTheRealReasonOnTheConfirmationPage() {
        Long ikuAspasaf = jdbc.queryForObject("""
                select i.id from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id
                where u.kode = 'ASPASAF' and p.status = 'DITETAPKAN' order by i.kode limit 1""", Long.class);
        Long direktorat = unit(DemoUnits.id(jdbc, "ASPASAF"), "Direktorat Uji Hapus", false);
        Long ikuDit = sebagai("kemenlu.pko", () -> bawahDari(cascading.cascade(ikuAspasaf,
                new CascadingService.Parameter(MetodeLink.DIRECT, direktorat, null, null, null, null, null, null))));
        Long pkDit = pkDari(ikuDit);
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + pkDit));
        page.click("[data-testid=hapus-iku]");
        assertThat(teks("[data-testid=galat-konfirmasi]")).contains("hasil cascading dari IKU");
        page.click("[data-testid=konfirmasi]");
        assertThat(teks("[data-testid=galat-konfirmasi]")).contains("hasil cascading dari IKU")
                .contains("Direktorat Jenderal");
        assertThat(jdbc.queryForObject("select count(*) from iku where id = ?", Integer.class, ikuDit)).isEqualTo(1);
    }

    /** A Kemenlu PK of last year (the 20 October cut-off has passed on any day this test runs). */
    private record PkLalu(Long pkId, Long ikuId, int tahun) {
    }

    private PkLalu pkTahunLalu(String nama) {
        int th = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 1;
        Long org = jdbc.queryForObject("select organisasi_id from unit where kode = 'KEMENLU'", Long.class);
        if (jdbc.queryForObject("select count(*) from tahun_anggaran where organisasi_id = ? and tahun = ?",
                Integer.class, org, th) == 0) {
            sebagai("kemenlu.pko", () -> organisasi.bukaTahunTanpaPemeriksaan(org, th));
        }
        Long unit = unit(DemoUnits.id(jdbc, "ASPASAF"), nama, true);
        return sebagai("kemenlu.pko", () -> {
            Long pk = perencanaan.buka(unit, th).id();
            Long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya kerja sama kawasan", null,
                    Perspective.STAKEHOLDER, 1);
            Long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku("Jumlah kesepakatan kerja sama")
                    .satuan("kesepakatan").bsc(Validity.PROXY, Control.MODERATE).kualitas(null).target("14").build());
            perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), iku, List.of(new BigDecimal("2"), new BigDecimal("4"),
                    new BigDecimal("4"), new BigDecimal("4")));
            return new PkLalu(pk, iku, th);
        });
    }

    @Test
    void aKomplemenCannotChangeAnExistingTargetAfterTheCutOffButMayAddAnIku() {
        PkLalu lalu = pkTahunLalu("Direktorat Uji Komplemen");
        ajukanDanTetapkan(lalu.pkId());
        Long v2 = sebagai("kemenlu.pko", () -> perencanaan.ubahVersi(lalu.pkId(),
                perencanaan.pkById(lalu.pkId()).version(), JenisPk.KOMPLEMEN, 4, "Mutasi Direktur").id());
        Long ikuV2 = jdbc.queryForObject("select id from iku where asal_id = ?", Long.class, lalu.ikuId());
        Long ssV2 = jdbc.queryForObject("select ss_id from iku where id = ?", Long.class, ikuV2);

        // through the service: the carried-over target and trajectory are frozen
        sebagai("kemenlu.pko", () -> {
            IkuParameters p = perencanaan.pkById(v2).sasaran().get(0).iku().get(0).manual();
            assertThatThrownBy(() -> perencanaan.simpanIku(v2, perencanaan.versi(v2), ssV2, ikuV2, p.withTarget(new BigDecimal("16"))))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("field", "target")
                    .hasFieldOrPropertyWithValue("messageKey", "pk.komplemen.targetLewatBatas");
            assertThatThrownBy(() -> perencanaan.simpanTrajektori(v2, perencanaan.versi(v2), ikuV2, List.of(new BigDecimal("2"),
                    new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("6"))))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("field", "t4");
            // a new holder's own IKU is what a komplemen is for
            perencanaan.simpanIku(v2, perencanaan.versi(v2), ssV2, null, IkuMother.iku("Jumlah forum kawasan yang diikuti").urutan(2)
                    .satuan("forum").bsc(Validity.PROXY, Control.MODERATE).kualitas(null).tahunan().target("3").build());
            return null;
        });

        // in the browser: the IKU form shows the reason at the target field and keeps 16
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + v2 + "/iku/" + ikuV2));
        page.fill("#target", "16");
        page.click("main button[type=submit]");
        assertThat(isian("#target")).isEqualTo("16");
        assertThat(teks("main")).contains("PK komplemen hanya untuk pemegang jabatan baru");
        assertThat(jdbc.queryForObject("select target from iku where id = ?", BigDecimal.class, ikuV2))
                .isEqualByComparingTo("14");

        // a komplemen is titled as such, and its PK print names the version
        page.navigate(url("/perencanaan/pk/" + v2 + "/manual-iku"));
        assertThat(teks("h1")).contains("PK KOMPLEMEN (VERSI 2)").doesNotContain("REVISI");
        page.navigate(url("/perencanaan/pk/" + v2 + "/cetak"));
        assertThat(teks("[data-testid=versi-cetak]")).contains("PK komplemen").contains("versi 2")
                .contains("TW 4");
    }

    @Test
    void refusalsStayOnTheFormWithTheInputAndTheTrueReason() {
        PkLalu lalu = pkTahunLalu("Direktorat Uji Galat");
        masuk("kemenlu.pko", "demo");
        // a typo in one trajectory box: the page again, the box marked, every value kept
        page.navigate(url("/perencanaan/pk/" + lalu.pkId()));
        page.fill("[data-iku='S1.1-N'] input[name=t2]", "4x");
        page.fill("[data-iku='S1.1-N'] input[name=t3]", "5");
        page.click("[data-iku='S1.1-N'] button:has-text('Simpan')");
        assertThat(teks("[data-testid=galat-trajektori]")).contains("periode ke-2").contains("4x");
        assertThat(isian("[data-iku='S1.1-N'] input[name=t2]")).isEqualTo("4x");
        assertThat(isian("[data-iku='S1.1-N'] input[name=t3]")).isEqualTo("5");
        assertThat(page.getAttribute("[data-iku='S1.1-N'] input[name=t2]", "class")).contains("is-invalid");

        // a negative activity budget: "tidak boleh negatif", not a 409 about duplicate codes
        page.navigate(url("/perencanaan/pk/" + lalu.pkId() + "/rencana-aksi"));
        page.fill("[data-form-kegiatan='S1.1-N'] input[name=nama]", "Rapat koordinasi kawasan");
        page.fill("[data-form-kegiatan='S1.1-N'] input[name=anggaran]", "-5000000");
        page.click("[data-form-kegiatan='S1.1-N'] button[type=submit]");
        assertThat(teks("[data-testid=galat-anggaran-kegiatan]")).containsIgnoringCase("tidak boleh negatif");
        assertThat(isian("[data-form-kegiatan='S1.1-N'] input[name=nama]"))
                .isEqualTo("Rapat koordinasi kawasan");
        assertThat(isian("[data-form-kegiatan='S1.1-N'] input[name=anggaran]")).isEqualTo("-5000000");

        page.fill("[data-testid=form-anggaran] input[name=program]", "Program Diplomasi");
        page.fill("[data-testid=form-anggaran] input[name=anggaran]", "-1");
        page.click("[data-testid=form-anggaran] button[type=submit]");
        assertThat(teks("[data-testid=galat-anggaran]")).containsIgnoringCase("tidak boleh negatif");
        assertThat(isian("[data-testid=form-anggaran] input[name=program]")).isEqualTo("Program Diplomasi");

        // deletes ask first and say what goes with them
        page.fill("[data-form-kegiatan='S1.1-N'] input[name=nama]", "Rapat koordinasi kawasan");
        page.fill("[data-form-kegiatan='S1.1-N'] input[name=anggaran]", "5000000");
        page.click("[data-form-kegiatan='S1.1-N'] button[type=submit]");
        page.fill("[data-testid=form-anggaran] input[name=program]", "Program Diplomasi");
        page.fill("[data-testid=form-anggaran] input[name=anggaran]", "1000000");
        page.click("[data-testid=form-anggaran] button[type=submit]");
        page.click("[data-testid=hapus-kegiatan]");
        assertThat(teks("[data-testid=pertanyaan]")).contains("Rapat koordinasi kawasan");
        page.click("[data-testid=konfirmasi]");
        assertThat(teks("[data-testid=pesan]")).isNotBlank();
        page.click("[data-testid=hapus-anggaran]");
        assertThat(teks("[data-testid=pertanyaan]")).contains("Program Diplomasi");
        page.click("[data-testid=konfirmasi]");
        assertThat(jdbc.queryForObject("select count(*) from pk_anggaran where pk_id = ?", Integer.class,
                lalu.pkId())).isZero();

        page.navigate(url("/perencanaan/pk/" + lalu.pkId()));
        page.click("[data-iku='S1.1-N'] [data-testid=hapus-iku]");
        assertThat(teks("[data-testid=ikut-terhapus]")).contains("Manual IKU S1.1-N")
                .contains("4 target periode");
        page.click("[data-testid=konfirmasi]");
        assertThat(teks("[data-testid=pesan]")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from iku where id = ?", Integer.class, lalu.ikuId()))
                .isZero();
        page.click("[data-testid=hapus-ss]");
        page.click("[data-testid=konfirmasi]");
        assertThat(jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ?", Integer.class,
                lalu.pkId())).isZero();
    }
}
