package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Realisation deadlines per level from the rulebook, late submissions, Kemenkeu's compulsory addendum. */
@IntegrationTest
class BatasLaporRealisasiTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    OrganisasiQuery query;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    HalamanRealisasiService halaman;

    @Autowired
    SkorService skor;

    @Autowired
    BatasLapor batasLapor;

    @Autowired
    RulebookService rulebooks;

    @Autowired
    UserDetailsService users;

    @Autowired
    JamUji jam;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void masuk() {
        PkUji.masuk(users, "admin");
    }

    @AfterEach
    void keluar() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    private static RealisasiService.Masukan angka(String v) {
        return new RealisasiService.Masukan(v, null, null, null, false, null);
    }

    private static UnitInfo unit(String rulebook, String level) {
        return new UnitInfo(1L, "X", "X", "/1/", null, 1L, "Org", rulebook, level, level, 0, false, true);
    }

    private static PeriodeInfo tw(int tahun, int q) {
        LocalDate mulai = LocalDate.of(tahun, q * 3 - 2, 1);
        LocalDate selesai = mulai.plusMonths(3).minusDays(1);
        return new PeriodeInfo(1L, JenisPeriode.TRIWULAN, q, "TW" + q, mulai, selesai, selesai.plusDays(5));
    }

    @Test
    void kemenluDeadlinesFollowTheLevelAndMarvesIsTheFifth() {
        PeriodeInfo tw1 = tw(2026, 1);
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "FIVE"), tw1)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "FOUR"), tw1)).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "THREE"), tw1)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "TWO"), tw1)).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "ONE"), tw1)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "WIDE"), tw1)).isEqualTo(LocalDate.of(2026, 4, 15));
        // TW IV ends in December: due in January of the next year
        assertThat(batasLapor.batas(unit("KEMENLU_BSC", "WIDE"), tw(2026, 4))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(batasLapor.batas(unit("MARVES", "ONE"), tw(2026, 3))).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(batasLapor.batas(unit("MARVES", "FIVE"), tw1)).isEqualTo(LocalDate.of(2026, 4, 5));
        // a rulebook with no report deadlines: the period's own batas_lapor
        PeriodeInfo aneh = new PeriodeInfo(1L, JenisPeriode.TRIWULAN, 2, "TW2", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 9));
        assertThat(batasLapor.batas(unit("KEMENKEU", "ONE"), aneh)).isEqualTo(LocalDate.of(2026, 7, 9));
    }

    @Test
    void pagesUseTheRulebookDeadlineOfTheUnitsLevel() {
        // Kemenlu root unit (level WIDE): TW I due 15 April, not the period's 5 April
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "KEMENLU_BSC");
        jam.setel(PkUji.TAHUN + "-04-10T09:00:00+07:00");
        HalamanRealisasiService.HalamanIsian isi = halaman.halaman(h.unitId(), PkUji.TAHUN, 1);
        assertThat(isi.batas()).isEqualTo(LocalDate.of(PkUji.TAHUN, 4, 15));
        assertThat(isi.terlambat()).isFalse();
        assertThat(belum(h.unitId())).isEmpty();
        assertThat(skor.sampaiDengan(h.unitId(), PkUji.TAHUN, 1).indikator().get(0).belumDilaporkan()).isEmpty();

        jam.setel(PkUji.TAHUN + "-04-18T09:00:00+07:00");
        isi = halaman.halaman(h.unitId(), PkUji.TAHUN, 1);
        assertThat(isi.terlambat()).isTrue();
        assertThat(isi.terlambatHari()).isEqualTo(3L);
        assertThat(belum(h.unitId())).extracting(HalamanRealisasiService.BelumDilaporkan::batas)
                .containsOnly(LocalDate.of(PkUji.TAHUN, 4, 15));
        assertThat(skor.sampaiDengan(h.unitId(), PkUji.TAHUN, 1).indikator().get(0).belumDilaporkan())
                .containsExactly("TW1");
    }

    private List<HalamanRealisasiService.BelumDilaporkan> belum(long unitId) {
        return halaman.beranda(PkUji.TAHUN).belumDilaporkan().stream().filter(b -> b.unitId() == unitId)
                .filter(b -> b.triwulan() == 1).toList();
    }

    @Test
    void aReportSubmittedAfterTheDeadlineIsFlaggedLateWithItsDays() throws Exception {
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "MARVES");
        List<String> kode = perencanaan.pkById(h.pkId()).sasaran().stream().flatMap(s -> s.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(0), "TW1", angka("12"), null);
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(1), "TW1", angka("8"), null);
        jam.setel(PkUji.TAHUN + "-04-09T23:30:00+07:00");
        realisasi.ajukan(h.unitId(), PkUji.TAHUN, 1, realisasi.versiLaporan(h.unitId(), PkUji.TAHUN, 1));
        jam.setel(PkUji.TAHUN + "-05-20T09:00:00+07:00");
        HalamanRealisasiService.HalamanIsian isi = halaman.halaman(h.unitId(), PkUji.TAHUN, 1);
        assertThat(isi.batas()).isEqualTo(LocalDate.of(PkUji.TAHUN, 4, 5));
        assertThat(isi.laporan().status()).isEqualTo(StatusLaporan.DIAJUKAN);
        // submitted 9 April (WIB) against 5 April: four days late, however long ago
        assertThat(isi.terlambat()).isTrue();
        assertThat(isi.terlambatHari()).isEqualTo(4L);
        HalamanRealisasiService.LaporanRingkas r = halaman.beranda(PkUji.TAHUN).unit().stream()
                .filter(u -> u.unitId() == h.unitId()).findFirst().orElseThrow().triwulan().get(0);
        assertThat(r.terlambatHari()).isEqualTo(4L);
        mvc.perform(get("/realisasi/unit/{u}/{t}/1", h.unitId(), PkUji.TAHUN).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("4 hari setelah batas")));
        // on time: no flag
        assertThat(BatasLapor.hariTerlambat(OffsetDateTime.parse(PkUji.TAHUN + "-04-05T23:59:00+07:00")
                .toInstant(), LocalDate.of(PkUji.TAHUN, 4, 5))).isNull();
    }

    @Test
    void theCentralPkoEditsTheReportDeadlinesOnTheRulebookPage() throws Exception {
        var pko = users.loadUserByUsername("kemenlu.pko");
        mvc.perform(get("/admin/rulebook/KEMENLU_BSC").with(user(pko)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("batasLapor[5].max")))
                .andExpect(content().string(Matchers.containsString("Batas pelaporan realisasi per level")));
        int tahun = rulebooks.periodeSekarang().tahun() + 6;
        Supplier<MockHttpServletRequestBuilder> form =
                () -> post("/admin/rulebook/KEMENLU_BSC").with(user(pko)).with(csrf())
                .param("berlakuTahun", String.valueOf(tahun)).param("berlakuTriwulan", "4")
                .param("keterangan", "Batas pelaporan realisasi Eselon I dimajukan")
                .param("cap", "120").param("floor", "0")
                .param("bobot[0].set", "FOUR").param("bobot[0].perspektif", "STAKEHOLDER").param("bobot[0].bobot", "25")
                .param("bobot[1].set", "FOUR").param("bobot[1].perspektif", "CUSTOMER").param("bobot[1].bobot", "15")
                .param("bobot[2].set", "FOUR").param("bobot[2].perspektif", "INTERNAL_PROCESS").param("bobot[2].bobot", "30")
                .param("bobot[3].set", "FOUR").param("bobot[3].perspektif", "LEARNING_GROWTH").param("bobot[3].bobot", "30")
                .param("status[0].kode", "HIJAU").param("status[0].label", "Memenuhi Ekspektasi")
                .param("status[0].bawah", "100").param("status[0].bawahInklusif", "true")
                .param("status[0].atas", "120").param("status[0].atasInklusif", "true");
        // a day no month has every year: refused at the field, nothing stored
        mvc.perform(form.get().param("batasLapor[0].level", "one").param("batasLapor[0].max", "31"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "batasLapor[0].max", "rulebook.batasLapor.rentang"));
        assertThat(rulebooks.berlaku("KEMENLU_BSC", new RulebookVersi.Periode(tahun, 4))
                .reportDeadline("ONE", LocalDate.of(tahun, 12, 31))).isEqualTo(LocalDate.of(tahun + 1, 1, 10));
        mvc.perform(form.get().param("batasLapor[0].level", "one").param("batasLapor[0].max", "7")
                        .param("batasLapor[1].level", "*")
                        .param("batasLapor[1].max", "12"))
                .andExpect(status().is3xxRedirection());
        var baru = rulebooks.berlaku("KEMENLU_BSC", new RulebookVersi.Periode(tahun, 4));
        assertThat(baru.reportDeadline("ONE", LocalDate.of(tahun, 12, 31))).isEqualTo(LocalDate.of(tahun + 1, 1, 7));
        assertThat(baru.reportDeadline("FIVE", LocalDate.of(tahun, 12, 31))).isEqualTo(LocalDate.of(tahun + 1, 1, 12));
        assertThat(baru.reportDeadlines()).containsOnlyKeys("ONE", "*");
    }

    @Test
    void kemenkeuFlagsACompulsoryAddendumWhenTheNextTargetIsAlreadyMet() throws Exception {
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "KEMENKEU");
        List<String> kode = perencanaan.pkById(h.pkId()).sasaran().stream().flatMap(s -> s.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        // S1.1 MAX SUM 10/20/30/40: 35 in TW I already meets s.d. TW II (30); S5.1 MIN 8/7/6/5: 8 does not meet 7
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(0), "TW1", angka("35"), null);
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(1), "TW1", angka("8"), null);
        List<SkorService.AddendumWajib> a = skor.addendumWajib(h.unitId(), PkUji.TAHUN, 1);
        assertThat(a).extracting(SkorService.AddendumWajib::kode).containsExactly(kode.get(0));
        assertThat(a.get(0).periodeBerikut()).isEqualTo("TW2");
        assertThat(a.get(0).targetBerikut()).isEqualByComparingTo("30");
        assertThat(a.get(0).realisasi()).isEqualByComparingTo("35");
        assertThat(halaman.halaman(h.unitId(), PkUji.TAHUN, 1).addendum()).hasSize(1);
        mvc.perform(get("/realisasi/unit/{u}/{t}/1", h.unitId(), PkUji.TAHUN).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"addendum-wajib\"")))
                .andExpect(content().string(Matchers.containsString("sudah memenuhi target s.d. TW2 (30,00)")));
        // the PK page loads the flag (htmx panel) and the API carries it as extra fields
        mvc.perform(get("/perencanaan/pk/{id}", h.pkId()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/realisasi/addendum/" + h.unitId() + "/" + PkUji.TAHUN)));
        mvc.perform(get("/realisasi/addendum/{u}/{t}", h.unitId(), PkUji.TAHUN).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"addendum-wajib\"")))
                .andExpect(content().string(Matchers.containsString("capaian s.d. TW 1")))
                .andExpect(content().string(Matchers.containsString("sudah memenuhi target s.d. TW2 (30,00)")));
        mvc.perform(get("/realisasi/addendum/{u}/{t}", h.unitId(), PkUji.TAHUN).with(user(users.loadUserByUsername("marves.pko"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/capaian/{u}/{t}", h.unitKode(), PkUji.TAHUN).param("sd", "TW1")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath(
                        "$.addendumWajib[0].iku").value(kode.get(0)))
                .andExpect(MockMvcResultMatchers.jsonPath(
                        "$.addendumWajib[0].targetBerikut").value(30.0))
                .andExpect(MockMvcResultMatchers.jsonPath(
                        "$.indicators[?(@.code == '" + kode.get(0) + "')].addendumWajib").value(true))
                .andExpect(MockMvcResultMatchers.jsonPath(
                        "$.indicators[?(@.code == '" + kode.get(1) + "')].addendumWajib").value(false));
        PkUji.masuk(users, "admin"); // the request left the test's security context empty
        // just below the next target: no flag; the minimise IKU at 7 meets 7
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(0), "TW1", angka("29"), null);
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode.get(1), "TW1", angka("7"), null);
        assertThat(skor.addendumWajib(h.unitId(), PkUji.TAHUN, 1)).extracting(SkorService.AddendumWajib::kode)
                .containsExactly(kode.get(1));
        // the last quarter has no next period
        assertThat(skor.addendumWajib(h.unitId(), PkUji.TAHUN, 4)).isEmpty();
    }

    @Test
    void otherRulebooksHaveNoCompulsoryAddendum() {
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "KEMENLU_BSC");
        String kode = perencanaan.pkById(h.pkId()).sasaran().get(0).iku().get(0).kode();
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode, "TW1", angka("35"), null);
        assertThat(skor.addendumWajib(h.unitId(), PkUji.TAHUN, 1)).isEmpty();
        assertThat(skor.addendumTerakhir(h.unitId(), PkUji.TAHUN)).isNull();
    }
}
