package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.JamUji;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The "smaller things" of issue #9 that had no test of their own, walked in a real browser:
 * empty activity and budget forms, labelled date fields and an explained IS, a confirmation
 * before a cascade link goes, links from the start and unit pages to the PK, and a superseded
 * version that is never "Terlambat".
 */
class Isu9SisaBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitService units;

    @Autowired
    JamUji jam;

    @AfterEach
    void pulihkanJam() {
        jam.pulihkan();
    }

    /** pk, iku of a fresh Marves unit (SS in the internal-process perspective, so IS is allowed). */
    private long[] pkDenganIku(String awalan) {
        PkUjiBaru.Pk p = PkUjiBaru.buat(users, units, jdbc, perencanaan, awalan, "Tata kelola yang akuntabel",
                Perspective.INTERNAL_PROCESS, PkUjiBaru.ikuRekomendasi());
        return new long[] {p.pkId(), p.ikuId(), p.unitId()};
    }

    @Test
    void emptyActivityAndBudgetFormsSaveNothingAndSaySo() {
        long[] p = pkDenganIku("ISU9-KOSONG");
        masuk("marves.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + p[0] + "/rencana-aksi"));
        // the browser's own check stops an empty name first; without it the server must still refuse
        String tanpaRequired = "() => document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))";
        assertThat(page.locator("form[data-form-kegiatan] input[name=nama][required]").count()).isEqualTo(1);
        page.evaluate(tanpaRequired);
        page.click("form[data-form-kegiatan] button[type=submit]");
        assertThat(teks("main")).contains("Nama kegiatan wajib diisi.")
                .doesNotContain("Kegiatan rencana aksi tersimpan.");
        page.evaluate(tanpaRequired);
        page.click("[data-testid=form-anggaran] button[type=submit]");
        assertThat(teks("main")).contains("Program wajib diisi.").doesNotContain("Anggaran tersimpan.");
        assertThat(jdbc.queryForObject("select count(*) from kegiatan_renaksi where iku_id = ?", Integer.class, p[1]))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from pk_anggaran where pk_id = ?", Integer.class, p[0]))
                .isZero();
    }

    @Test
    void activityDateFieldsAreLabelledAndIsIsExplained() {
        long[] p = pkDenganIku("ISU9-LABEL");
        masuk("marves.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + p[0] + "/rencana-aksi"));
        assertThat(teks("label[for='mulai-" + p[1] + "']")).isEqualTo("Mulai (Inisiatif Strategis)");
        assertThat(teks("label[for='selesai-" + p[1] + "']")).isEqualTo("Selesai (Inisiatif Strategis)");
        assertThat(teks("label[for='is-" + p[1] + "']")).isEqualTo("Inisiatif Strategis (IS)");
        assertThat(page.getAttribute("label[for='is-" + p[1] + "']", "title")).contains("kegiatan kunci");
        // an IS activity in the matrix carries its explanation and dates
        page.fill("[data-form-kegiatan] input[name=nama]", "Reformasi tata kelola");
        page.check("#is-" + p[1]);
        page.fill("#mulai-" + p[1], "2026-02-01");
        page.fill("#selesai-" + p[1], "2026-06-30");
        page.click("form[data-form-kegiatan] button[type=submit]");
        assertThat(page.getAttribute("[data-testid=tanda-is]", "title")).contains("Inisiatif Strategis")
                .contains("2026-02-01");
    }

    @Test
    void aCascadeLinkIsDeletedOnlyAfterAConfirmationThatNamesIt() {
        Map<String, Object> link = jdbc.queryForMap("select id, atas_iku_id from cascading order by id limit 1");
        long id = ((Number) link.get("id")).longValue();
        masuk("admin", "demo");
        page.navigate(url("/cascading/iku/" + link.get("atas_iku_id")));
        page.click("a[data-testid=hapus-tautan][href*='/tautan/" + id + "/hapus']");
        assertThat(page.url()).contains("/tautan/" + id + "/hapus");
        assertThat(teks("[data-testid=pertanyaan]")).isNotBlank();
        assertThat(page.locator("[data-testid=konfirmasi]").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cascading where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void theStartAndUnitPagesLinkToTheUnitsPk() {
        long roren = DemoUnits.id(jdbc, "ROREN");
        masuk("kemenlu.perencana", "demo");
        page.navigate(url("/"));
        assertThat(page.locator("[data-testid=pk-penugasan][href='/perencanaan/unit/" + roren + "']").count())
                .isPositive();
        page.navigate(url("/unit/" + roren));
        page.click("[data-testid=ke-pk]");
        page.waitForURL(u -> u.contains("/perencanaan/"));
        assertThat(page.url()).doesNotContain("/unit/" + roren + "/buka");
        assertThat(page.title()).isNotBlank();
    }

    @Test
    void aSupersededVersionIsNeverLate() {
        jam.setel("2026-11-23T10:00:00+07:00");
        long[] p = pkDenganIku("ISU9-TERLAMBAT");
        masuk("marves.pko", "demo");
        // a draft past its January deadline is late …
        page.navigate(url("/perencanaan/pk/" + p[0]));
        assertThat(page.locator("main .badge:text-is('Terlambat')").count()).isPositive();
        // … a version superseded by a later one is history: never late again
        jdbc.update("update perjanjian_kinerja set status = 'DIGANTIKAN' where id = ?", p[0]);
        page.navigate(url("/perencanaan/pk/" + p[0]));
        assertThat(page.locator("main .badge:text-is('Terlambat')").count()).isZero();
    }

    @Test
    void aLateRevisionIsRefusedOnThePkPageWithTheReasonAndTheInputKept() {
        Map<String, Object> pk = jdbc.queryForMap("""
                select p.id, t.tahun from perjanjian_kinerja p join unit u on u.id = p.unit_id
                  join tahun_anggaran t on t.id = p.tahun_anggaran_id
                 where u.kode = 'KEMENLU' and p.status = 'DITETAPKAN' order by t.tahun desc, p.nomor_versi desc limit 1""");
        // after Kemenlu's cut-off (20 October) of the PK's own year
        jam.setel(pk.get("tahun") + "-11-23T10:00:00+07:00");
        String jumlahSql = "select count(*) from perjanjian_kinerja where unit_id = "
                + "(select unit_id from perjanjian_kinerja where id = ?)";
        int sebelum = jdbc.queryForObject(jumlahSql, Integer.class, pk.get("id"));
        masuk("kemenlu.pko", "demo");
        page.navigate(url("/perencanaan/pk/" + pk.get("id")));
        page.selectOption("#jenis-versi", "REVISI");
        page.fill("#alasan", "Penyesuaian target setelah APBN-P");
        page.click("[data-testid=form-revisi] button[type=submit]");
        assertThat(teks("[data-testid=form-revisi]")).contains("Revisi PK tidak dapat diajukan setelah")
                .contains("20 Oktober");
        assertThat(isian("#alasan")).isEqualTo("Penyesuaian target setelah APBN-P");
        assertThat(jdbc.queryForObject(jumlahSql, Integer.class, pk.get("id"))).isEqualTo(sebelum);
    }
}
