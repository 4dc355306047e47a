package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.UnitView;
import id.kinerja.pengguna.PenggunaView;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Search and paging of the lists that have them (units, users, the PK list, the audit trail):
 * the query filters on every word, page numbers are clamped to the first and last page, a huge
 * page size is clamped to the largest offered, the search text is bounded, and another
 * organisation's rows never appear whatever the query.
 */
@IntegrationTest
class DaftarCariHalamanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> model(String username, String url, String... q) throws Exception {
        var b = get(url).with(user(users.loadUserByUsername(username)));
        if (q.length > 0) {
            b.param("q", q[0]);
        }
        MvcResult r = mvc.perform(b).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getModelAndView().getModel();
    }

    @SuppressWarnings("unchecked")
    private <T> Halaman<T> hal(String username, String url, String... q) throws Exception {
        return (Halaman<T>) model(username, url, q).get("hal");
    }

    private static String kecil(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    @Test
    void theUnitListFiltersOnEveryWordAndClampsPagesAndSizes() throws Exception {
        Halaman<UnitView> semua = hal("admin", "/unit?ukuran=25");
        assertThat(semua.total()).as("the demo has more than one page of units").isGreaterThan(25);
        assertThat(semua.baris()).hasSize(25);
        assertThat(semua.ukuran()).isEqualTo(25);

        // the last page holds the remainder; a page past the end is the last page, a negative one the first
        int terakhir = semua.jumlahHalaman() - 1;
        Halaman<UnitView> akhir = hal("admin", "/unit?ukuran=25&halaman=999999999");
        assertThat(akhir.halaman()).isEqualTo(terakhir);
        assertThat(akhir.baris()).hasSize(semua.total() - terakhir * 25);
        assertThat(akhir.adaBerikutnya()).isFalse();
        assertThat(akhir.adaSebelumnya()).isTrue();
        Halaman<UnitView> awal = hal("admin", "/unit?ukuran=25&halaman=-3");
        assertThat(awal.halaman()).isZero();
        assertThat(awal.adaSebelumnya()).isFalse();
        assertThat(awal.baris().get(0).id()).isEqualTo(semua.baris().get(0).id());
        // page 2 starts where page 1 ended
        Halaman<UnitView> kedua = hal("admin", "/unit?ukuran=25&halaman=1");
        assertThat(kedua.baris().get(0).id()).isNotIn(semua.baris().stream().map(UnitView::id).toList());

        // sizes: a huge one is clamped to the largest offered, an odd one falls back to the default
        assertThat(hal("admin", "/unit?ukuran=2147483647").ukuran()).isEqualTo(200);
        assertThat(hal("admin", "/unit?ukuran=7").ukuran()).isEqualTo(50);
        assertThat(hal("admin", "/unit").ukuran()).isEqualTo(50);
        assertThat(hal("admin", "/unit?ukuran=200").baris().size()).isLessThanOrEqualTo(200);

        // every word, case and accents ignored; a long text is cut to its bound
        Halaman<UnitView> cari = hal("admin", "/unit?ukuran=200", "direktorat ASIA");
        assertThat(cari.total()).isPositive().isLessThan(semua.total());
        assertThat(cari.baris()).allSatisfy(u -> assertThat(kecil(String.join(" ", u.nama(), u.kode(), u.level(),
                u.organisasi(), String.valueOf(u.jabatanKepala())))).contains("direktorat").contains("asia"));
        assertThat(hal("admin", "/unit?q=" + "x".repeat(5000)).q()).hasSize(Halaman.MAKS_CARI);
        assertThat(hal("admin", "/unit?q=tidak-ada-unit-seperti-ini").total()).isZero();
    }

    @Test
    void anotherOrganisationsUnitsNeverAppearWhateverTheQuery() throws Exception {
        Halaman<UnitView> marves = hal("admin", "/unit?q=marves&ukuran=200");
        assertThat(marves.total()).isPositive();
        Halaman<UnitView> olehKemenlu = hal("kemenlu.pko", "/unit?q=marves&ukuran=200");
        assertThat(olehKemenlu.baris()).noneMatch(u -> kecil(u.organisasi()).contains("maritim")
                || u.kode().startsWith("M-") || u.kode().equals("MARVES"));
        Halaman<UnitView> semuaKemenlu = hal("kemenlu.pko", "/unit?ukuran=200&halaman=99");
        assertThat(semuaKemenlu.baris()).allSatisfy(u -> assertThat(u.organisasiId())
                .isEqualTo(semuaKemenlu.baris().get(0).organisasiId()));
    }

    @Test
    void theUserListIsSearchedWithinReachOnly() throws Exception {
        Halaman<PenggunaView> admin = hal("admin", "/admin/pengguna?q=marves&ukuran=200");
        assertThat(admin.total()).isPositive();
        assertThat(admin.baris()).allSatisfy(p -> assertThat(kecil(p.username() + " " + p.nama() + " "
                + p.penugasan().stream().map(PenggunaView.PenugasanView::unit).toList())).contains("marves"));
        Halaman<PenggunaView> kemenlu = hal("kemenlu.pko", "/admin/pengguna?q=marves&ukuran=200");
        assertThat(kemenlu.baris()).noneMatch(p -> p.username().startsWith("marves."));
        assertThat(hal("kemenlu.pko", "/admin/pengguna?ukuran=99999&halaman=99999").ukuran()).isEqualTo(200);
    }

    @Test
    void thePkListIsSearchedWithinReachOnly() throws Exception {
        String namaMarves = jdbc.queryForObject("select nama from unit where kode = 'MARVES'", String.class);
        Halaman<PerencanaanService.UnitPk> admin = hal("admin", "/perencanaan", namaMarves);
        assertThat(admin.total()).isPositive();
        Halaman<PerencanaanService.UnitPk> perencana = hal("kemenlu.perencana", "/perencanaan?ukuran=200");
        Halaman<PerencanaanService.UnitPk> perencanaCari = hal("kemenlu.perencana",
                "/perencanaan?ukuran=200", namaMarves);
        assertThat(perencanaCari.total()).isZero();
        assertThat(perencana.baris()).noneMatch(u -> u.unitId().equals(DemoUnits.id(jdbc, "MARVES")));
        assertThat(hal("kemenlu.perencana", "/perencanaan?halaman=2147483647").halaman())
                .isEqualTo(perencana.jumlahHalaman() - 1);
    }

    @Test
    void theAuditTrailIsPagedWithinReachAndItsFiltersAreBounded() throws Exception {
        long marves = DemoUnits.id(jdbc, "MARVES");
        AuditService.Halaman luar = (AuditService.Halaman) model("kemenlu.pko", "/admin/audit?unit=" + marves)
                .get("hasil");
        assertThat(luar.baris()).isEmpty();
        AuditService.Halaman jauh = (AuditService.Halaman) model("admin", "/admin/audit?halaman=2147483647")
                .get("hasil");
        assertThat(jauh.baris()).isEmpty();
        assertThat(jauh.adaBerikutnya()).isFalse();
        AuditService.Halaman pertama = (AuditService.Halaman) model("admin", "/admin/audit").get("hasil");
        assertThat(pertama.baris()).hasSizeLessThanOrEqualTo(50);
        // the actor filter: bounded, and % is a character, not a wildcard
        AuditService.Halaman persen = (AuditService.Halaman) model("admin", "/admin/audit?pelaku=%25").get("hasil");
        assertThat(persen.baris()).allSatisfy(b -> assertThat(b.pelaku()).contains("%"));
        assertThat(((AuditService.Halaman) model("admin", "/admin/audit?pelaku=" + "a".repeat(5000)).get("hasil"))
                .baris()).isEmpty();
        AuditService.Halaman kemenlu = (AuditService.Halaman) model("kemenlu.pko", "/admin/audit?pelaku=marves")
                .get("hasil");
        assertThat(kemenlu.baris()).allSatisfy(b -> assertThat(b.unit()).isNotEqualTo(
                jdbc.queryForObject("select nama from unit where id = ?", String.class, marves)));
    }
}
