package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService.BarisKegiatan;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Capaian kegiatan dan anggaran per Rencana Aksi activity and quarter, on real PostgreSQL. */
@IntegrationTest
class CapaianKegiatanTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    CapaianKegiatanService capaian;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    RencanaUji.Hasil r;

    @BeforeEach
    void siapkan() {
        PkUji.masuk(users, "admin");
        r = RencanaUji.buat(organisasi, perencanaan, renaksi);
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private BarisKegiatan baris(CapaianKegiatanService.Halaman h, long kegiatanId) {
        return h.iku().stream().flatMap(g -> g.kegiatan().stream()).filter(b -> b.kegiatanId() == kegiatanId)
                .findFirst().orElse(null);
    }

    @Test
    void progressAndBudgetAccumulateAndUnfinishedActivitiesCarryOver() {
        int t = RencanaUji.TAHUN;
        capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(r.kegiatanKajian(), null, false, d("40"),
                d("10000000"), "Draf kajian", "Data belum lengkap"));
        capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(r.kegiatanIs(), null, false, d("30"),
                d("15000000"), null, null));
        CapaianKegiatanService.Halaman tw1 = capaian.halaman(r.unitId(), t, 1);
        assertThat(baris(tw1, r.kegiatanRapat())).as("planned for TW II only").isNull();
        assertThat(baris(tw1, r.kegiatanKajian()).capaian().progres()).isEqualByComparingTo("40");
        assertThat(tw1.ringkasan().anggaranRencanaSd()).isEqualByComparingTo("75000000");
        assertThat(tw1.ringkasan().realisasiAnggaranSd()).isEqualByComparingTo("25000000");
        assertThat(tw1.ringkasan().persenAnggaranSd().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("33.33");
        assertThat(tw1.inisiatifStrategis()).extracting(BarisKegiatan::nama).containsExactly("Digitalisasi layanan antrean");
        assertThat(tw1.inisiatifStrategis().get(0).progresSd()).isEqualByComparingTo("30");

        CapaianKegiatanService.Halaman tw2 = capaian.halaman(r.unitId(), t, 2);
        BarisKegiatan kajian = baris(tw2, r.kegiatanKajian());
        assertThat(kajian.dilanjutkan()).as("unfinished TW I activity shows again in TW II").isTrue();
        assertThat(kajian.capaian()).isNull();
        assertThat(kajian.progresSd()).isEqualByComparingTo("40");
        capaian.simpan(r.unitId(), t, 2, new CapaianKegiatanService.Masukan(r.kegiatanKajian(), null, true, null,
                d("12500000"), "Kajian final", null));
        kajian = baris(capaian.halaman(r.unitId(), t, 2), r.kegiatanKajian());
        assertThat(kajian.selesaiSd()).isTrue();
        assertThat(kajian.progresSd()).isEqualByComparingTo("100");
        assertThat(kajian.realisasiAnggaranSd()).isEqualByComparingTo("22500000");
        assertThat(kajian.persenAnggaranSd()).isEqualByComparingTo("90");
        assertThat(baris(capaian.halaman(r.unitId(), t, 3), r.kegiatanKajian()))
                .as("done in TW II: not shown again in TW III").isNull();

        Long audit = jdbc.queryForObject("select count(*) from audit_log where entitas = 'CapaianKegiatan' "
                + "and unit_id = ?", Long.class, r.unitId());
        assertThat(audit).isEqualTo(3);
    }

    @Test
    void staleVersionIsAConflictAndBadValuesNameTheField() {
        int t = RencanaUji.TAHUN;
        capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(r.kegiatanKajian(), null, false, d("10"),
                null, null, null));
        long v = baris(capaian.halaman(r.unitId(), t, 1), r.kegiatanKajian()).capaian().version();
        capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(r.kegiatanKajian(), v, false, d("20"),
                null, null, null));
        assertThatThrownBy(() -> capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(
                r.kegiatanKajian(), v, false, d("30"), null, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(
                r.kegiatanKajian(), v + 1, false, d("130"), d("-1"), null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.semuaPelanggaran())
                        .extracting(BusinessRuleException::getField).containsExactly("progres", "realisasiAnggaran"));
        assertThatThrownBy(() -> capaian.simpan(r.unitId(), t, 1, new CapaianKegiatanService.Masukan(
                r.kegiatanRapat(), null, false, d("10"), null, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("capaianKegiatan.belumDirencanakan"));
        assertThat(baris(capaian.halaman(r.unitId(), t, 1), r.kegiatanKajian()).capaian().progres())
                .isEqualByComparingTo("20");
    }

    @Test
    void formKeepsTheInputAndNamesTheFieldAndReadsRupiah() throws Exception {
        SecurityContextHolder.clearContext();
        var admin = user(users.loadUserByUsername("admin"));
        String url = "/realisasi/" + r.unitId() + "/" + RencanaUji.TAHUN + "/tw/1/kegiatan";
        String html = mvc.perform(post(url).with(admin).with(csrf()).param("kegiatanId", "" + r.kegiatanKajian())
                        .param("progres", "1.5").param("realisasiAnggaran", "Rp 12.500.000").param("keluaran", "Draf"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-progres\"").contains("Progres: &quot;1.5&quot; tidak jelas").contains("value=\"1.5\"")
                .contains("value=\"Rp 12.500.000\"");
        mvc.perform(post(url).with(admin).with(csrf()).param("kegiatanId", "" + r.kegiatanKajian())
                        .param("progres", "60,5").param("realisasiAnggaran", "Rp 12.500.000"))
                .andExpect(status().is3xxRedirection());
        PkUji.masuk(users, "admin");
        BarisKegiatan b = baris(capaian.halaman(r.unitId(), RencanaUji.TAHUN, 1), r.kegiatanKajian());
        assertThat(b.capaian().progres()).isEqualByComparingTo("60.5");
        assertThat(b.capaian().realisasiAnggaran()).isEqualByComparingTo("12500000");
        SecurityContextHolder.clearContext();
        mvc.perform(get(url).with(admin)).andExpect(status().isOk());
        // a stale form: 409, the typed values kept, the stored ones shown next to them, nothing overwritten
        html = mvc.perform(post(url).with(admin).with(csrf()).param("kegiatanId", "" + r.kegiatanKajian())
                        .param("version", "" + (b.capaian().version() + 3)).param("progres", "75")
                        .param("realisasiAnggaran", "Rp 20.000.000").param("keluaran", "Draf kedua"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Capaian kegiatan ini baru saja diubah orang lain").contains("value=\"75\"")
                .contains("value=\"Rp 20.000.000\"").contains("value=\"Draf kedua\"")
                .contains("data-testid=\"tersimpan-sekarang\"").contains("progres 60,5%");
        PkUji.masuk(users, "admin");
        assertThat(baris(capaian.halaman(r.unitId(), RencanaUji.TAHUN, 1), r.kegiatanKajian()).capaian().progres())
                .isEqualByComparingTo("60.5");
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherUnitsIdsAreRefused() throws Exception {
        SecurityContextHolder.clearContext();
        var luar = user(users.loadUserByUsername("marves.pko"));
        String url = "/realisasi/" + r.unitId() + "/" + RencanaUji.TAHUN + "/tw/1/kegiatan";
        mvc.perform(get(url).with(luar)).andExpect(status().isForbidden());
        mvc.perform(post(url).with(luar).with(csrf()).param("kegiatanId", "" + r.kegiatanKajian())
                .param("progres", "10")).andExpect(status().isForbidden());
        mvc.perform(get("/realisasi/999999999/" + RencanaUji.TAHUN + "/tw/1/kegiatan").with(luar))
                .andExpect(status().isNotFound());
        // an activity of another PK through this unit's route
        var admin = user(users.loadUserByUsername("admin"));
        PkUji.masuk(users, "admin");
        RencanaUji.Hasil lain = RencanaUji.buat(organisasi, perencanaan, renaksi);
        SecurityContextHolder.clearContext();
        mvc.perform(post(url).with(admin).with(csrf()).param("kegiatanId", "" + lain.kegiatanKajian())
                .param("progres", "10")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from capaian_kegiatan where unit_id in (?, ?)", Long.class,
                r.unitId(), lain.unitId())).isZero();
        mvc.perform(get("/realisasi/" + r.unitId() + "/" + RencanaUji.TAHUN + "/tw/5/kegiatan").with(admin))
                .andExpect(status().isNotFound());
        List.of();
    }
}
