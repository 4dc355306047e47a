package id.kinerja.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.kalender.KepatuhanService.Filter;
import id.kinerja.kalender.KepatuhanService.Matriks;
import id.kinerja.kalender.StatusPenyerahan.Kategori;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The calendar of the demo year, the compliance matrix on fixed clock dates, and reach: another
 * unit's id is a 403, an unknown one a 404, and the matrix is the PKO's only.
 */
@IntegrationTest
class KalenderWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    KepatuhanService kepatuhan;

    @Autowired
    JamUji jam;

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    private String halaman(String username, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int status(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
    }

    private void masuk(String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    @Test
    void theCalendarShowsTheDemoYearsDeadlinesOfTheViewersOrganisationOnly() throws Exception {
        String kemenlu = halaman("kemenlu.perencana", "/kalender?tahun=2026");
        // ROREN is a Kemenlu "Two": PK by 25 January, realisation and LKj triwulan by the 8th
        assertThat(kemenlu).contains("data-tanggal=\"2026-01-25\" data-dokumen=\"PK\" data-periode=\"TAHUN\"")
                .contains("data-tanggal=\"2026-10-08\" data-dokumen=\"REALISASI\" data-periode=\"TW3\"")
                .contains("data-tanggal=\"2026-10-08\" data-dokumen=\"LKJ_TRIWULAN\" data-periode=\"TW3\"")
                .contains("data-tanggal=\"2027-01-08\" data-dokumen=\"LKJ_TAHUNAN\" data-periode=\"TAHUN\"")
                .contains("data-tanggal=\"2026-10-14\" data-dokumen=\"VALIDASI\" data-periode=\"TW3\"")
                .contains("Kamis, 8 Oktober 2026").contains("Oktober 2026")
                .doesNotContain("Kemenko Marves").doesNotContain("Kemaritiman");

        String marves = halaman("marves.perencana", "/kalender?tahun=2026");
        // Marves §2.4.4: eselon II (UPK2) LKj triwulan +10 days, tahunan +31 days
        assertThat(marves).contains("data-tanggal=\"2026-04-10\" data-dokumen=\"LKJ_TRIWULAN\" data-periode=\"TW1\"")
                .contains("data-tanggal=\"2027-01-31\" data-dokumen=\"LKJ_TAHUNAN\" data-periode=\"TAHUN\"")
                .doesNotContain("Kementerian Luar Negeri");

        String pko = halaman("marves.pko", "/kalender?tahun=2026");
        // the ministry (UPK0): LKj tahunan 28 February, the inspectorate's review 10 February
        assertThat(pko).contains("data-tanggal=\"2027-02-28\" data-dokumen=\"LKJ_TAHUNAN\"")
                .contains("data-tanggal=\"2027-02-10\" data-dokumen=\"REVIU_LKJ\"");
        // an absurd year is bounded to the default year, not computed
        assertThat(halaman("kemenlu.perencana", "/kalender?tahun=999999")).contains("2026");
    }

    @Test
    void aPublicHolidayMovesAWorkingDayDeadline() throws Exception {
        // TW I ends Tuesday 31 March 2026; Friday 3 April is Wafat Yesus Kristus (SKB 3 Menteri 2026, V31):
        // the forum's hk10 falls on Wednesday 15 April instead of the 14th, the DKO's hk12 on the 17th
        String kemenlu = halaman("kemenlu.perencana", "/kalender?tahun=2026");
        assertThat(kemenlu).contains("data-tanggal=\"2026-04-15\" data-dokumen=\"VALIDASI\" data-periode=\"TW1\"")
                .contains("data-tanggal=\"2026-04-17\" data-dokumen=\"DKO\" data-periode=\"TW1\"")
                .doesNotContain("data-tanggal=\"2026-04-14\" data-dokumen=\"VALIDASI\"")
                // calendar-day rules stay: realisation TW I by the 8th
                .contains("data-tanggal=\"2026-04-08\" data-dokumen=\"REALISASI\" data-periode=\"TW1\"");
        // a day the operator adds to the table counts from the next request on
        jdbc.update("insert into hari_libur (tanggal, nama, jenis, sumber) values ('2026-10-01', 'Uji', "
                + "'CUTI_BERSAMA', 'uji')");
        try {
            assertThat(halaman("kemenlu.perencana", "/kalender?tahun=2026"))
                    .contains("data-tanggal=\"2026-10-15\" data-dokumen=\"VALIDASI\" data-periode=\"TW3\"");
        } finally {
            jdbc.update("delete from hari_libur where tanggal = '2026-10-01' and sumber = 'uji'");
        }
    }

    @Test
    void anotherUnitsCalendarIsForbiddenAndAnUnknownOneNotFound() throws Exception {
        long roren = DemoUnits.id(jdbc, "ROREN");
        long asdep = DemoUnits.id(jdbc, "M-ASDEP-EN");
        assertThat(halaman("kemenlu.perencana", "/kalender/unit/" + roren + "?tahun=2026"))
                .contains("data-dokumen=\"REALISASI\"");
        assertThat(status("kemenlu.perencana", "/kalender/unit/" + asdep)).isEqualTo(403);
        assertThat(status("marves.pko", "/kalender/unit/" + roren)).isEqualTo(403);
        assertThat(status("kemenlu.perencana", "/kalender/unit/987654321")).isEqualTo(404);
        // the matrix is the PKO's; a PKO cannot filter on another organisation's unit
        assertThat(status("kemenlu.perencana", "/kalender/kepatuhan")).isEqualTo(403);
        assertThat(status("kemenlu.perencana", "/kalender/kepatuhan.xlsx")).isEqualTo(403);
        assertThat(status("kemenlu.pko", "/kalender/kepatuhan?unit=" + asdep)).isEqualTo(403);
        assertThat(status("kemenlu.pko", "/kalender/kepatuhan?unit=987654321")).isEqualTo(404);
        assertThat(halaman("kemenlu.pko", "/kalender/kepatuhan?tahun=2026")).doesNotContain("Kemaritiman");
    }

    /** A Kemenlu "Three" with its realisation reports submitted on chosen days. */
    private long unitUji() {
        masuk("kemenlu.pko");
        String kode = "UJI-KAL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // a chain of its own under the ministry (One → Two → Three): the demo's subtrees stay as they are
        long satu = units.buat(new UnitParameters(DemoUnits.id(jdbc, "KEMENLU"), kode + "-1", "Badan Uji " + kode,
                JenisUnit.UNIT_KERJA, true, "Kepala Badan Uji", 99)).id();
        long dua = units.buat(new UnitParameters(satu, kode + "-2", "Biro Uji " + kode, JenisUnit.UNIT_KERJA, true,
                "Kepala Biro Uji", 1)).id();
        long id = units.buat(new UnitParameters(dua, kode, "Bagian Uji Kalender " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Bagian Uji", 1)).id();
        long ta = jdbc.queryForObject("select t.id from tahun_anggaran t join unit u on u.organisasi_id = "
                + "t.organisasi_id where u.id = ? and t.tahun = 2026", Long.class, id);
        // Three: the 6th of the month after the quarter. TW1 on 5 April (on time), TW2 on 9 July (3 days late)
        laporan(id, ta, 1, "2026-04-05T16:00:00+07:00");
        laporan(id, ta, 2, "2026-07-09T08:00:00+07:00");
        SecurityContextHolder.clearContext();
        return id;
    }

    private void laporan(long unit, long ta, int tw, String pada) {
        jdbc.update("insert into laporan_realisasi (unit_id, tahun_anggaran_id, triwulan, status, diajukan_oleh, "
                + "diajukan_pada) values (?, ?, ?, 'DIAJUKAN', 'uji.kalender', ?)", unit, ta, tw,
                Timestamp.from(OffsetDateTime.parse(pada).toInstant()));
    }

    private static Map<String, StatusPenyerahan> sel(Matriks m) {
        Map<String, StatusPenyerahan> out = new HashMap<>();
        assertThat(m.baris()).hasSize(1);
        for (int i = 0; i < m.kolom().size(); i++) {
            if (m.baris().get(0).sel().get(i) != null) {
                out.put(m.kolom().get(i).jenis() + "-" + m.kolom().get(i).periode(), m.baris().get(0).sel().get(i).status());
            }
        }
        return out;
    }

    @Test
    void theComplianceMatrixJudgesEachDeadlineOnTheClocksDay() throws Exception {
        long unit = unitUji();
        jam.setel("2026-10-10T09:00:00+07:00");
        masuk("kemenlu.pko");
        Map<String, StatusPenyerahan> s = sel(kepatuhan.matriks(new Filter(2026, null, null, null, unit)));
        assertThat(s.get("REALISASI-TW1").kategori()).isEqualTo(Kategori.TEPAT_WAKTU);
        assertThat(s.get("REALISASI-TW2").kategori()).isEqualTo(Kategori.TERLAMBAT);
        assertThat(s.get("REALISASI-TW2").hari()).isEqualTo(3);
        assertThat(s.get("REALISASI-TW3").kategori()).isEqualTo(Kategori.TIDAK_ADA);
        assertThat(s.get("REALISASI-TW3").hari()).isEqualTo(4);
        assertThat(s.get("REALISASI-TW4").kategori()).isEqualTo(Kategori.BELUM_JATUH_TEMPO);
        // no PK for the new unit: missing since 31 January; no signed LKj TW III either (LKj is
        // watched by the laporan module); the Manual IKU comes with the PK, so it is missing too
        assertThat(s.get("PK-TAHUN").kategori()).isEqualTo(Kategori.TIDAK_ADA);
        assertThat(s.get("LKJ_TRIWULAN-TW3").kategori()).isEqualTo(Kategori.TIDAK_ADA);
        if (s.containsKey("MANUAL_IKU-TAHUN")) {
            assertThat(s.get("MANUAL_IKU-TAHUN").kategori()).isEqualTo(Kategori.TIDAK_ADA);
        }

        // the same day seen on 6 October: TW3 is not yet late
        jam.setel("2026-10-06T23:59:00+07:00");
        assertThat(sel(kepatuhan.matriks(new Filter(2026, JenisDokumen.REALISASI, "TW3", null, unit)))
                .get("REALISASI-TW3").kategori()).isEqualTo(Kategori.BELUM_JATUH_TEMPO);
        jam.setel("2026-10-07T00:00:00+07:00");
        assertThat(sel(kepatuhan.matriks(new Filter(2026, JenisDokumen.REALISASI, "TW3", null, unit)))
                .get("REALISASI-TW3").hari()).isEqualTo(1);

        // the dashboard's late items within the PKO's reach
        jam.setel("2026-10-10T09:00:00+07:00");
        assertThat(kepatuhan.terlambat(2026)).filteredOn(k -> k.unitId() == unit)
                .extracting(k -> k.jenis() + "-" + k.periode() + ":" + k.hari() + ":" + k.belumDiserahkan())
                .contains("REALISASI-TW2:3:false", "REALISASI-TW3:4:true")
                .doesNotContain("REALISASI-TW1:0:false");

        // the page and its Excel export, filtered to late items
        String html = halaman("kemenlu.pko", "/kalender/kepatuhan?tahun=2026&dokumen=REALISASI&unit=" + unit);
        assertThat(html).contains("data-kolom=\"REALISASI-TW2\" data-status=\"TERLAMBAT\"")
                .contains("Terlambat 3 hari").contains("Belum ada (lewat 4 hari)");
        byte[] xlsx = mvc.perform(get("/kalender/kepatuhan.xlsx?tahun=2026&dokumen=REALISASI&unit=" + unit)
                .with(user(users.loadUserByUsername("kemenlu.pko")))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row kepala = sheet.getRow(0);
            Row baris = sheet.getRow(1);
            Map<String, String> isi = new HashMap<>();
            for (int c = 3; c < kepala.getLastCellNum(); c++) {
                isi.put(kepala.getCell(c).getStringCellValue(), baris.getCell(c).getStringCellValue());
            }
            assertThat(isi).containsEntry("Laporan Realisasi TW I", "Tepat waktu")
                    .containsEntry("Laporan Realisasi TW II", "Terlambat 3 hari")
                    .containsEntry("Laporan Realisasi TW III", "Belum ada (lewat 4 hari)");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        // the status filter keeps only rows with such a cell
        masuk("kemenlu.pko");
        assertThat(kepatuhan.matriks(new Filter(2026, null, null, Kategori.TEPAT_WAKTU, unit)).baris()).hasSize(1);
        assertThat(kepatuhan.matriks(new Filter(2026, JenisDokumen.REALISASI, "TW1", Kategori.TERLAMBAT, unit))
                .baris()).isEmpty();
    }

    @Test
    void aReminderOfAnotherUserCannotBeReadOrMarked() throws Exception {
        long unit = DemoUnits.id(jdbc, "ROREN");
        long pemilik = jdbc.queryForObject("select id from pengguna where username = 'kemenlu.perencana'", Long.class);
        Long id = jdbc.queryForObject("""
                insert into notifikasi (pengguna_id, unit_id, unit_nama, dokumen, tahun, periode, tenggat, jenis, dibuat_pada)
                values (?, ?, 'Biro Perencanaan', 'LKJ_TRIWULAN', 2031, 'TW3', date '2031-10-08', 'SEBELUM', now()) returning id""",
                Long.class, pemilik, unit);
        try {
            int s = mvc.perform(post("/notifikasi/" + id + "/baca").with(csrf())
                    .with(user(users.loadUserByUsername("kemenlu.pimpinan")))).andReturn().getResponse().getStatus();
            assertThat(s).isEqualTo(404);
            assertThat(halaman("kemenlu.pimpinan", "/notifikasi")).doesNotContain("data-id=\"" + id + "\"");
            assertThat(jdbc.queryForObject("select dibaca_pada is null from notifikasi where id = ?", Boolean.class, id))
                    .isTrue();
            assertThat(halaman("kemenlu.perencana", "/notifikasi")).contains("data-id=\"" + id + "\"")
                    .contains("LKj Triwulan TW III 2031");
            assertThat(halaman("kemenlu.perencana", "/kotak-masuk")).contains("Pengingat tenggat yang belum dibaca");
            mvc.perform(post("/notifikasi/" + id + "/baca").with(csrf())
                    .with(user(users.loadUserByUsername("kemenlu.perencana"))));
            assertThat(jdbc.queryForObject("select dibaca_pada is not null from notifikasi where id = ?", Boolean.class,
                    id)).isTrue();
        } finally {
            jdbc.update("delete from notifikasi where id = ?", id);
        }
    }
}
