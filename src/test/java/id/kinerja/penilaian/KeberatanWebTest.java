package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Employee objections on the demo (real PostgreSQL, the whole app): the analyst files, her evaluator
 * (kemenlu.kasubbag) answers, the reviewer (kemenlu.pimpinan) decides finally; everyone else reads
 * at most. The fixture is the analyst's 2025 (an NP of semester I and a review written here, the
 * test clock put 8 days after the review), so the tests pass on any date and leave the demo's 2026 alone.
 */
@IntegrationTest
class KeberatanWebTest {

    private static final int TAHUN = 2025;
    private static final String NP_PADA = "2026-01-10T10:00:00+07:00";
    private static final String REVIU_PADA = "2026-01-12T10:00:00+07:00";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JamUji jam;

    long analis;
    long perencana;
    String url;

    @BeforeEach
    void fiksur() {
        analis = DemoUnits.id(jdbc, "ROREN-PK-EVA-01");
        perencana = DemoUnits.id(jdbc, "ROREN-PK-EVA-02");
        url = "/penilaian/" + analis + "/" + TAHUN;
        bersihkan();
        jdbc.update("""
                insert into nilai_perilaku (unit_id, tahun, semester, nilai, dinilai_oleh, dinilai_pada)
                values (?, ?, 1, 70, 'kemenlu.kasubbag', ?)""", analis, TAHUN, OffsetDateTime.parse(NP_PADA));
        jdbc.update("""
                insert into reviu_nckp (unit_id, tahun, keputusan, ckp_tahunan, np_tahunan, nckp, nckp_final,
                    direviu_oleh, direviu_pada) values (?, ?, 'SETUJU', 90, 70, 84, 84, 'kemenlu.pimpinan', ?)""",
                analis, TAHUN, OffsetDateTime.parse(REVIU_PADA));
        jam.setel("2026-01-20T10:00:00+07:00");
    }

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        bersihkan();
    }

    private void bersihkan() {
        for (String t : new String[] {"keberatan_nckp", "reviu_nckp", "nilai_perilaku"}) {
            jdbc.update("delete from " + t + " where unit_id = ? and tahun = ?", analis, TAHUN);
        }
        // the objection's notices (in-app) to the demo's people: gone with it
        jdbc.update("delete from notifikasi where kunci like 'penilaian.keberatan:%'");
    }

    private MvcResult minta(MockHttpServletRequestBuilder b, String username) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private int kirim(String path, String username, String... param) throws Exception {
        return minta(isi(post(url + path), param), username).getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder isi(MockHttpServletRequestBuilder b, String... param) {
        for (int i = 0; i + 1 < param.length; i += 2) {
            b.param(param[i], param[i + 1]);
        }
        return b;
    }

    private String status() {
        return jdbc.queryForList("select status from keberatan_nckp where unit_id = ? and tahun = ?", String.class,
                analis, TAHUN).stream().findFirst().orElse(null);
    }

    private String versi() {
        return jdbc.queryForObject("select version from keberatan_nckp where unit_id = ? and tahun = ?", Long.class,
                analis, TAHUN).toString();
    }

    private String halaman(String username) throws Exception {
        return minta(get(url), username).getResponse().getContentAsString();
    }

    @Test
    void diajukanDitolakPenilaiLaluDiputusFinalOlehAtasanPenilai() throws Exception {
        // the employee sees the form and the deadline (14 days after the review of 12 January)
        String html = halaman("kemenlu.analis");
        assertThat(html).contains("data-testid=\"form-keberatan\"").contains("26 Januari 2026");
        assertThat(halaman("kemenlu.kasubbag")).doesNotContain("data-testid=\"form-keberatan\"");
        // only the employee files: the evaluator, the reviewer, HR, a planner, another ministry may not
        for (String tidak : new String[] {"kemenlu.kasubbag", "kemenlu.pimpinan", "kemenlu.sdm", "kemenlu.perencana",
                "marves.pko"}) {
            assertThat(kirim("/keberatan", tidak, "atasNp", "true", "alasan", "x")).as(tidak).isEqualTo(403);
        }
        // reasons required, bounded, a result chosen: 400, the field named, the input kept
        MvcResult r = minta(isi(post(url + "/keberatan"), "atasNp", "true", "alasan", " "), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Pernyataan tertulis wajib diisi");
        r = minta(isi(post(url + "/keberatan"), "alasan", "Nilai perilaku terlalu rendah"), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Pilih hasil yang diajukan keberatan")
                .contains("Nilai perilaku terlalu rendah");
        r = minta(isi(post(url + "/keberatan"), "atasNp", "true", "alasan", "x".repeat(4001)), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Pernyataan tertulis paling panjang 4.000 karakter");
        assertThat(status()).isNull();

        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "atasNckpFinal", "true", "alasan",
                "NP semester I tidak mempertimbangkan tugas tambahan.")).isEqualTo(302);
        assertThat(status()).isEqualTo("DIAJUKAN");
        // once only
        r = minta(isi(post(url + "/keberatan"), "atasNckp", "true", "alasan", "Lagi"), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("hanya satu kali");

        // the evaluator's inbox; HR reads the objection but has no form
        assertThat(minta(get("/kotak-masuk"), "kemenlu.kasubbag").getResponse().getContentAsString())
                .contains("Keberatan menunggu tanggapan Anda");
        assertThat(minta(get("/penilaian?tahun=" + TAHUN), "kemenlu.kasubbag").getResponse().getContentAsString())
                .contains("data-testid=\"keberatan-ROREN-PK-EVA-01\"").contains("Keberatan: Diajukan");
        assertThat(halaman("kemenlu.sdm")).contains("tugas tambahan").doesNotContain("form-tanggapan-keberatan");
        assertThat(halaman("kemenlu.kasubbag")).contains("data-testid=\"form-tanggapan-keberatan\"");
        // only the evaluator answers
        for (String tidak : new String[] {"kemenlu.analis", "kemenlu.pimpinan", "kemenlu.sdm", "kemenlu.perencana"}) {
            assertThat(kirim("/keberatan/tanggapan", tidak, "terima", "false", "alasan", "x", "version", versi()))
                    .as(tidak).isEqualTo(403);
        }
        // a stale form: 409, the typed answer kept
        r = minta(isi(post(url + "/keberatan/tanggapan"), "terima", "false", "alasan", "Jawaban yang basi",
                "version", "99"), "kemenlu.kasubbag");
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString()).contains("data-testid=\"konflik\"").contains("Jawaban yang basi");
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "alasan", "x", "version", versi())).isEqualTo(400);
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "false", "alasan",
                "Tugas tambahan sudah diperhitungkan.", "version", versi())).isEqualTo(302);
        assertThat(status()).isEqualTo("DITERUSKAN");

        // forwarded to the reviewer: only they decide, with a written decision
        assertThat(minta(get("/kotak-masuk"), "kemenlu.pimpinan").getResponse().getContentAsString())
                .contains("Keberatan menunggu keputusan Anda");
        for (String tidak : new String[] {"kemenlu.analis", "kemenlu.kasubbag", "kemenlu.sdm"}) {
            assertThat(kirim("/keberatan/keputusan", tidak, "terima", "false", "alasan", "x", "version", versi()))
                    .as(tidak).isEqualTo(403);
        }
        assertThat(halaman("kemenlu.pimpinan")).contains("data-testid=\"form-keputusan-keberatan\"")
                .contains("Tugas tambahan sudah diperhitungkan.");
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "false", "penilaianUlang", "true",
                "alasan", "Tetap", "version", versi())).isEqualTo(400);
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "false", "version", versi()))
                .isEqualTo(400);
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "false", "alasan",
                "Hasil penilaian tetap.", "version", versi())).isEqualTo(302);
        assertThat(status()).isEqualTo("DITOLAK_ATASAN");
        // final: no further change; the NP stays locked by the review
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "true", "alasan", "Ubah", "version",
                versi())).isEqualTo(400);
        assertThat(kirim("/np/1", "kemenlu.kasubbag", "nilai", "90", "version", "0")).isEqualTo(400);
        assertThat(halaman("kemenlu.analis")).contains("Hasil penilaian tetap.").doesNotContain("form-keberatan\"");
        // enums by label, in English too
        assertThat(minta(get(url).param("lang", "en"), "kemenlu.analis").getResponse().getContentAsString())
                .contains("Objection to the results").contains("result upheld (final)");
        // every step audited
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'KeberatanNckp' and unit_id = ?",
                Long.class, analis)).isGreaterThanOrEqualTo(3L);
    }

    @Test
    void diterimaPenilaiMembukaNpUntukDinilaiUlang() throws Exception {
        // before: the review locks the NP
        assertThat(kirim("/np/1", "kemenlu.kasubbag", "nilai", "80", "version", "0")).isEqualTo(400);
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "alasan", "NP terlalu rendah")).isEqualTo(302);
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "true", "alasan",
                "Diterima; NP dinilai ulang.", "version", versi())).isEqualTo(302);
        assertThat(status()).isEqualTo("DITERIMA_PENILAI");
        assertThat(halaman("kemenlu.kasubbag")).contains("data-testid=\"np-terbuka\"").contains("data-testid=\"form-np-1\"");
        assertThat(kirim("/np/1", "kemenlu.kasubbag", "nilai", "80,5", "version", "0")).isEqualTo(302);
        assertThat(jdbc.queryForObject("select nilai from nilai_perilaku where unit_id = ? and tahun = ? and semester = 1",
                BigDecimal.class, analis, TAHUN)).isEqualByComparingTo("80.5");
        // the reviewer cannot decide an objection the evaluator accepted
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "true", "alasan", "x", "version",
                versi())).isIn(400, 403);
    }

    @Test
    void atasanPenilaiMemerintahkanPenilaianUlang() throws Exception {
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "alasan", "NP terlalu rendah")).isEqualTo(302);
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "false", "alasan", "Sudah sesuai.",
                "version", versi())).isEqualTo(302);
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "true", "penilaianUlang", "true",
                "alasan", "Perilaku dinilai ulang oleh pejabat penilai.", "version", versi())).isEqualTo(302);
        assertThat(status()).isEqualTo("DITERIMA_ATASAN");
        assertThat(kirim("/np/1", "kemenlu.kasubbag", "nilai", "85", "version", "0")).isEqualTo(302);
    }

    @Test
    void tanggapanLewat14HariDitandaiTerlambat() throws Exception {
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "alasan", "NP terlalu rendah")).isEqualTo(302);
        assertThat(halaman("kemenlu.kasubbag")).contains("3 Februari 2026").doesNotContain("tanggapan-terlambat");
        jam.setel("2026-02-04T08:00:00+07:00");
        assertThat(halaman("kemenlu.kasubbag")).contains("data-testid=\"tanggapan-terlambat\"");
        // still answerable (the duty remains), and the record keeps the late flag
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "false", "alasan", "Terlambat.",
                "version", versi())).isEqualTo(302);
        assertThat(halaman("kemenlu.analis")).contains("data-testid=\"tanggapan-terlambat\"");
    }

    @Test
    void lewat14HariAtauTanpaHasilTidakDapatDiajukan() throws Exception {
        jam.setel("2026-01-27T10:00:00+07:00");
        MvcResult r = minta(isi(post(url + "/keberatan"), "atasNp", "true", "alasan", "Terlambat"), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("paling lambat 14 hari");
        assertThat(halaman("kemenlu.analis")).doesNotContain("data-testid=\"form-keberatan\"");
        // the last day is still open
        jam.setel("2026-01-26T23:00:00+07:00");
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "alasan", "Hari terakhir")).isEqualTo(302);
        // no result at all: nothing to object to
        bersihkan();
        r = minta(isi(post(url + "/keberatan"), "atasNp", "true", "alasan", "Belum ada"), "kemenlu.analis");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("Belum ada hasil penilaian");
    }

    @Test
    void unitLainDitolak() throws Exception {
        // the analyst may not object for a colleague's position; another ministry's head may not answer here
        assertThat(minta(isi(post("/penilaian/" + perencana + "/" + TAHUN + "/keberatan"), "atasNp", "true", "alasan",
                "x"), "kemenlu.analis").getResponse().getStatus()).isEqualTo(403);
        assertThat(kirim("/keberatan/tanggapan", "marves.pimpinan", "terima", "false", "alasan", "x", "version", "0"))
                .isEqualTo(403);
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan2", "terima", "false", "alasan", "x", "version", "0"))
                .isEqualTo(403);
        // a map owner's id is not an individual position: 404
        assertThat(minta(isi(post("/penilaian/" + DemoUnits.id(jdbc, "ROREN") + "/" + TAHUN + "/keberatan/tanggapan"),
                "terima", "false", "alasan", "x", "version", "0"), "kemenlu.pko").getResponse().getStatus()).isEqualTo(404);
    }
}
