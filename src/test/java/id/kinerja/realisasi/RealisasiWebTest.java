package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.akses.Peran;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Entry page, submission with separation of duties, access from other units, derived values, the demo year. */
@IntegrationTest
class RealisasiWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PenggunaService pengguna;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor as(String u) {
        return user(users.loadUserByUsername(u));
    }

    /** A fresh unit like §13 with its own planner and head. */
    private record Uji(PkUji.Hasil pk, String perencana, String pimpinan, List<String> kode) {
    }

    private Uji uji() {
        PkUji.masuk(users, "admin");
        PkUji.Hasil pk = PkUji.vektor13(organisasi, perencanaan);
        String perencana = "pr-" + pk.unitKode().toLowerCase();
        String pimpinan = "pm-" + pk.unitKode().toLowerCase();
        pengguna.buatAkunAwal(perencana, null, "Perencana Uji", "Perencana", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PERENCANA)));
        pengguna.buatAkunAwal(pimpinan, null, "Pimpinan Uji", "Kepala", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PIMPINAN)));
        List<String> kode = perencanaan.pkById(pk.pkId()).sasaran().stream().flatMap(s -> s.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        SecurityContextHolder.clearContext();
        return new Uji(pk, perencana, pimpinan, kode);
    }

    private String halaman(Uji u, int tw) {
        return "/realisasi/unit/" + u.pk().unitId() + "/" + PkUji.TAHUN + "/" + tw;
    }

    @Test
    void entryPageKeepsBadInputAtTheFieldThenSubmitAndApproveBySomeoneElse() throws Exception {
        Uji u = uji();
        mvc.perform(get(halaman(u, 2)).with(as(u.perencana()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(u.kode().get(0))))
                .andExpect(content().string(Matchers.containsString("data-testid=\"simpan\"")));
        // rows of TW II: S1.1 TW2, S2.1 TW2 (the yearly IKU has no period ending in TW II)
        mvc.perform(post(halaman(u, 2)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW2")
                        .param("baris[0].nilai", "12,5,5")
                        .param("baris[1].ikuId", ikuId(u, 1)).param("baris[1].periode", "TW2")
                        .param("baris[1].na", "true").param("baris[1].alasan", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("&quot;12,5,5&quot; bukan angka. Tulis seperti 1.234,5")))
                .andExpect(content().string(Matchers.containsString("value=\"12,5,5\"")))
                .andExpect(content().string(Matchers.containsString("Alasan n/a wajib diisi")));
        assertThat(jdbc.queryForObject("select count(*) from realisasi where unit_id = ?", Integer.class,
                u.pk().unitId())).isZero();
        // live preview scores the typed values without saving them
        mvc.perform(post(halaman(u, 2) + "/pratinjau").with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW2")
                        .param("baris[0].nilai", "15"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("hx-swap-oob")))
                .andExpect(content().string(Matchers.containsString("sementara")));
        mvc.perform(post(halaman(u, 1)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[0].nilai", "12")
                        .param("baris[1].ikuId", ikuId(u, 1)).param("baris[1].periode", "TW1")
                        .param("baris[1].nilai", "7"))
                .andExpect(status().is3xxRedirection());
        // the planner may not approve; the head may not submit
        mvc.perform(post(halaman(u, 1) + "/ajukan").with(as(u.pimpinan())).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(halaman(u, 1) + "/ajukan").with(as(u.perencana())).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(halaman(u, 1) + "/setujui").with(as(u.perencana())).with(csrf()).param("version", "1"))
                .andExpect(status().isForbidden());
        // submitted: values are read-only (409 through the API)
        mvc.perform(put("/api/v1/realisasi/{u}/{t}/{i}/TW1", u.pk().unitKode(), PkUji.TAHUN, u.kode().get(0))
                        .with(as(u.perencana())).contentType(MediaType.APPLICATION_JSON).content("{\"nilai\": 1}"))
                .andExpect(status().isConflict());
        mvc.perform(post(halaman(u, 1) + "/setujui").with(as(u.pimpinan())).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, u.pk().unitId())).isEqualTo("DISETUJUI");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where unit_id = ? and entitas in ('Realisasi', 'LaporanRealisasi')""",
                Integer.class, u.pk().unitId())).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aValueEnteredSinceThePageWasReadIsNeitherOverwrittenNorErased() throws Exception {
        Uji u = uji();
        // the page was read while S1.1 TW1 was empty (no version); a colleague enters it meanwhile
        mvc.perform(put("/api/v1/realisasi/{u}/{t}/{i}/TW1", u.pk().unitKode(), PkUji.TAHUN, u.kode().get(0))
                        .with(as(u.perencana())).contentType(MediaType.APPLICATION_JSON).content("{\"nilai\": \"9\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(halaman(u, 1)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[0].nilai", "12"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("value=\"12\"")));
        assertThat(nilaiTw1(u)).isEqualByComparingTo("9");
        // the same stale page saved with S1.1 left empty leaves the colleague's value alone
        mvc.perform(post(halaman(u, 1)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[1].ikuId", ikuId(u, 1)).param("baris[1].periode", "TW1")
                        .param("baris[1].nilai", "7"))
                .andExpect(status().is3xxRedirection());
        assertThat(nilaiTw1(u)).isEqualByComparingTo("9");
        // saved again knowing the current version, the typed value replaces it
        String versi = jdbc.queryForObject("select version from realisasi where unit_id = ? and iku_id = ?",
                String.class, u.pk().unitId(), Long.valueOf(ikuId(u, 0)));
        mvc.perform(post(halaman(u, 1)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[0].version", versi).param("baris[0].nilai", "12"))
                .andExpect(status().is3xxRedirection());
        assertThat(nilaiTw1(u)).isEqualByComparingTo("12");
    }

    private java.math.BigDecimal nilaiTw1(Uji u) {
        return jdbc.queryForObject("select nilai from realisasi where unit_id = ? and iku_id = ? and nomor = 1",
                java.math.BigDecimal.class, u.pk().unitId(), Long.valueOf(ikuId(u, 0)));
    }

    @Test
    void whoEnteredMayNotApprove() throws Exception {
        Uji u = uji();
        // the head's superior (super admin) enters and submits: the head approves; admin may not
        mvc.perform(post(halaman(u, 1)).with(as("admin")).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[0].nilai", "10")
                        .param("baris[1].ikuId", ikuId(u, 1)).param("baris[1].periode", "TW1")
                        .param("baris[1].na", "true").param("baris[1].alasan", "tidak ada layanan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(halaman(u, 1) + "/ajukan").with(as("admin")).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(halaman(u, 1) + "/setujui").with(as("admin")).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, u.pk().unitId())).isEqualTo("DIAJUKAN");
        mvc.perform(post(halaman(u, 1) + "/kembalikan").with(as(u.pimpinan())).with(csrf()).param("version", "1")
                .param("catatan", "Lengkapi bukti")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, u.pk().unitId())).isEqualTo("DIKEMBALIKAN");
    }

    @Test
    void aRefusedOrStaleReturnNoteStaysInItsBox() throws Exception {
        Uji u = uji();
        mvc.perform(post(halaman(u, 1)).with(as(u.perencana())).with(csrf())
                        .param("baris[0].ikuId", ikuId(u, 0)).param("baris[0].periode", "TW1")
                        .param("baris[0].nilai", "12")
                        .param("baris[1].ikuId", ikuId(u, 1)).param("baris[1].periode", "TW1")
                        .param("baris[1].nilai", "7"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(halaman(u, 1) + "/ajukan").with(as(u.perencana())).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String panjang = "Lengkapi bukti " + "x".repeat(1000);
        String html = mvc.perform(post(halaman(u, 1) + "/kembalikan").with(as(u.pimpinan())).with(csrf())
                        .param("version", "1").param("catatan", panjang))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"galat-catatan\"")
                .contains("Catatan pengembalian paling banyak 1.000 karakter").contains("value=\"" + panjang + "\"")
                .contains("name=\"catatan\" maxlength=\"1000\"");
        mvc.perform(post(halaman(u, 1) + "/kembalikan").with(as(u.pimpinan())).with(csrf())
                        .param("version", "1").param("catatan", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Catatan pengembalian wajib diisi")));
        // a stale page: 409, the note kept, the form now carries the report's current version
        html = mvc.perform(post(halaman(u, 1) + "/kembalikan").with(as(u.pimpinan())).with(csrf())
                        .param("version", "0").param("catatan", "Lengkapi bukti dukung"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Laporan triwulan ini baru saja diubah orang lain")
                .contains("value=\"Lengkapi bukti dukung\"");
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, u.pk().unitId())).isEqualTo("DIAJUKAN");
        mvc.perform(post(halaman(u, 1) + "/kembalikan").with(as(u.pimpinan())).with(csrf())
                        .param("version", "1").param("catatan", "Lengkapi bukti dukung"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, u.pk().unitId())).isEqualTo("DIKEMBALIKAN");
    }

    private String ikuId(Uji u, int i) {
        return jdbc.queryForObject("""
                select i.id from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? and i.kode = ?""",
                String.class, u.pk().pkId(), u.kode().get(i));
    }

    @Test
    void anotherUnitsIdsAre403And404OnEveryRoute() throws Exception {
        long aspasaf = DemoUnits.id(jdbc, "ASPASAF");
        String p = "/realisasi/unit/" + aspasaf + "/2026/1";
        String akun = "kemenlu.perencana"; // planner of ROREN only
        mvc.perform(get(p).with(as(akun))).andExpect(status().isForbidden());
        mvc.perform(post(p).with(as(akun)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(p + "/pratinjau").with(as(akun)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(p + "/ajukan").with(as(akun)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(p + "/setujui").with(as(akun)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(p + "/kembalikan").with(as(akun)).with(csrf()).param("version", "0").param("catatan", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/realisasi/unit/999999999/2026/1").with(as(akun))).andExpect(status().isNotFound());
        mvc.perform(get("/realisasi/unit/" + aspasaf).with(as(akun))).andExpect(status().isForbidden());
        for (String api : List.of("/api/v1/pk/ASPASAF/2026", "/api/v1/realisasi/ASPASAF/2026",
                "/api/v1/capaian/ASPASAF/2026?sd=TW1")) {
            mvc.perform(get(api).with(httpBasic(akun, "demo"))).andExpect(status().isForbidden());
            mvc.perform(get(api.replace("ASPASAF", "TIDAK-ADA")).with(httpBasic(akun, "demo")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(put("/api/v1/realisasi/ASPASAF/2026/S1.1-CP/TW1").with(httpBasic(akun, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"nilai\": 1}")).andExpect(status().isForbidden());
        // another ministry's planner
        mvc.perform(get("/api/v1/capaian/ROREN/2026").with(httpBasic("marves.perencana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/capaian/ROREN/2026").with(httpBasic("kemenlu.perencana", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SEMENTARA"));
    }

    @Test
    void derivedValuesAreReadOnlyUpstairs() throws Exception {
        String opini = jdbc.queryForObject("""
                select i.kode from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id
                where u.kode = 'KEMENLU' and i.nama like 'Opini BPK%' and p.status = 'DITETAPKAN'""", String.class);
        mvc.perform(put("/api/v1/realisasi/KEMENLU/2026/{i}/TAHUN", opini).with(httpBasic("kemenlu.pko", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"WTP\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("mengalir")));
        mvc.perform(get("/api/v1/pk/KEMENLU/2026").with(httpBasic("kemenlu.pko", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '" + opini + "')].derived.method").value("DIRECT"));
    }

    @Autowired
    JamUji jam;

    /**
     * The demo draws its living year on the quarters started when it was seeded (the run's clock may
     * be any day of 2026 or later); the pages are then read late in 2026, when every deadline of
     * the seeded quarters has passed, so "belum dilaporkan" is decidable on any run date.
     */
    @Test
    void demoYearIsAlive() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from realisasi", Integer.class)).isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from realisasi where jenis_nilai = 'NA'", Integer.class))
                .isPositive();
        jam.setel("2026-12-28T10:00:00+07:00");
        try {
            mvc.perform(get("/realisasi").param("tahun", "2026").with(as("kemenlu.pko"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("data-testid=\"belum-dilaporkan\"")))
                    .andExpect(content().string(Matchers.containsString("Direktorat Jenderal Asia Pasifik dan Afrika")));
            mvc.perform(get("/api/v1/capaian/ROREN/2026?sd=TW1").with(httpBasic("kemenlu.perencana", "demo")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.score").isNumber());
            // the pohon kinerja and the Matriks Cascading carry capaian colours
            long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
            mvc.perform(get("/cascading/pohon/" + kemenlu).param("tahun", "2026").with(as("kemenlu.pko")))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("band-")));
            mvc.perform(get("/cascading/unit/" + kemenlu).param("tahun", "2026").with(as("kemenlu.pko")))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("band-")));
        } finally {
            jam.pulihkan();
        }
    }
}
