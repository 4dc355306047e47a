package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Planning's inbox lines are counted by the database on unit paths; they must equal what the
 * access rules say when judged PK by PK in memory (the old way), for approvers, planners, the
 * central PKO and the super admin; and the planning start page lists the same PKs.
 */
@IntegrationTest
class KotakMasukPerencanaanTest {

    @Autowired
    KotakMasukPerencanaan sumber;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    AksesService akses;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    private long jumlah(String kode) {
        return sumber.butirUntukPenggunaSaatIni().stream().filter(b -> b.kodePesan().equals(kode))
                .mapToLong(ButirKotakMasuk::jumlah).sum();
    }

    /** Returns how many PKs wait for the user's decision. */
    private long samaDenganAturanDiMemori() {
        AksesService.Cakupan setujui = akses.cakupan(Aksi.SETUJUI);
        AksesService.Cakupan pusat = akses.cakupan(Aksi.KELOLA_RULEBOOK);
        AksesService.Cakupan susun = akses.cakupan(Aksi.SUSUN);
        List<Map<String, Object>> semua = jdbc.queryForList("""
                select p.status, u.path, i.path as induk from perjanjian_kinerja p join unit u on u.id = p.unit_id
                left join unit i on i.id = u.induk_id""");
        long putus = semua.stream().filter(r -> "DIAJUKAN".equals(r.get("status")))
                .filter(r -> r.get("induk") == null ? pusat.mencakup((String) r.get("path"))
                        : setujui.mencakup((String) r.get("induk")))
                .count();
        long kembali = semua.stream().filter(r -> "DIKEMBALIKAN".equals(r.get("status")))
                .filter(r -> susun.mencakup((String) r.get("path"))).count();
        long draf = semua.stream().filter(r -> "DRAFT".equals(r.get("status")))
                .filter(r -> susun.mencakup((String) r.get("path"))).count();
        assertThat(jumlah("kotakmasuk.pk.untukDiputuskan")).isEqualTo(putus);
        assertThat(jumlah("kotakmasuk.pk.dikembalikan")).isEqualTo(kembali);
        assertThat(jumlah("kotakmasuk.pk.draf")).isEqualTo(draf);
        PerencanaanService.KotakMasuk halaman = perencanaan.kotakMasuk();
        assertThat(halaman.untukDisetujui()).hasSize((int) putus);
        assertThat(halaman.milikSaya()).hasSize((int) (kembali + draf));
        return putus;
    }

    @Test
    @WithUserDetails("admin")
    void superAdminSeesEveryOpenPk() {
        String kode = "INBOX-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long unitId = units.buat(new UnitParameters(DemoUnits.id(jdbc, "M-DEP1"), kode, "Unit uji " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        long pk = perencanaan.buka(unitId, 2026).id();
        perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Sasaran uji kotak masuk", null,
                Perspective.STAKEHOLDER, 1);
        assertThat(jumlah("kotakmasuk.pk.draf")).isPositive();
        samaDenganAturanDiMemori();
    }

    @Test
    @WithUserDetails("marves.pimpinan")
    void anApproverCountsSubmittedPksOfUnitsBelowTheirUnit() {
        samaDenganAturanDiMemori();
    }

    @Test
    @WithUserDetails("kemenlu.pimpinan2")
    void anotherOrganisationsApproverCountsOnlyTheirOwn() {
        samaDenganAturanDiMemori();
    }

    @Test
    @WithUserDetails("marves.perencana")
    void aPlannerCountsTheirUnitsDraftsAndReturnedPks() {
        assertThat(samaDenganAturanDiMemori()).isZero();
    }

    @Test
    @WithUserDetails("kemenlu.pko")
    void theCentralPkoDecidesOnTheRootUnit() {
        samaDenganAturanDiMemori();
    }
}
