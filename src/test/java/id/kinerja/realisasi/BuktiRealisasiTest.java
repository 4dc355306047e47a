package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.akses.Peran;
import id.kinerja.bukti.BerkasUji;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence of realisation values (kind REALISASI): attached while the quarter's report is with the
 * planner, shown on the entry page, read-only once the report is approved, out of reach for
 * another unit. Its own unit and PK in a past year (every quarter started), so it passes on any
 * run date, not only once the demo year's TW III has started.
 */
@IntegrationTest
class BuktiRealisasiTest {

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

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    /** The stored value of the unit for a quarter of its first IKU. */
    private long nilai(long unitId, int triwulan) {
        return jdbc.queryForObject("""
                select r.id from realisasi r where r.unit_id = ? and r.jenis_periode = 'TRIWULAN' and r.nomor = ?
                order by r.id limit 1
                """, Long.class, unitId, triwulan);
    }

    private MvcResult unggah(long realisasiId, String username) throws Exception {
        return mvc.perform(multipart("/bukti/REALISASI/{id}/berkas", realisasiId)
                .file(new MockMultipartFile("berkas", "Notulen TW.pdf", "application/pdf", BerkasUji.pdf()))
                .with(as(username)).with(csrf())).andReturn();
    }

    /** Enters the quarter's values of the two quarterly IKU (the yearly one has no period in TW I/II). */
    private void isi(String halaman, String perencana, List<String> ikuId, int tw, String a, String b) throws Exception {
        mvc.perform(post(halaman).with(as(perencana)).with(csrf())
                        .param("baris[0].ikuId", ikuId.get(0)).param("baris[0].periode", "TW" + tw)
                        .param("baris[0].nilai", a)
                        .param("baris[1].ikuId", ikuId.get(1)).param("baris[1].periode", "TW" + tw)
                        .param("baris[1].nilai", b))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void evidenceFollowsTheValuesReportAndUnit() throws Exception {
        PkUji.masuk(users, "admin");
        PkUji.Hasil pk = PkUji.vektor13(organisasi, perencanaan);
        String perencana = "prb-" + pk.unitKode().toLowerCase();
        String pimpinan = "pmb-" + pk.unitKode().toLowerCase();
        pengguna.buatAkunAwal(perencana, null, "Perencana Uji", "Perencana", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PERENCANA)));
        pengguna.buatAkunAwal(pimpinan, null, "Pimpinan Uji", "Kepala", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PIMPINAN)));
        SecurityContextHolder.clearContext();
        long unit = pk.unitId();
        List<String> ikuId = jdbc.queryForList("""
                select i.id::text from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?
                  and i.periode_pelaporan = 'TRIWULAN' order by i.kode""", String.class, pk.pkId());
        String dasar = "/realisasi/unit/" + unit + "/" + PkUji.TAHUN + "/";
        // TW I entered, submitted by the planner and approved by the head; TW II entered, still open
        isi(dasar + 1, perencana, ikuId, 1, "12", "7");
        mvc.perform(post(dasar + 1 + "/ajukan").with(as(perencana)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dasar + 1 + "/setujui").with(as(pimpinan)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from laporan_realisasi where unit_id = ? and triwulan = 1",
                String.class, pk.unitId())).isEqualTo("DISETUJUI");
        isi(dasar + 2, perencana, ikuId, 2, "15", "7");

        long terbuka = nilai(unit, 2);
        MvcResult r = unggah(terbuka, perencana);
        assertThat(r.getFlashMap().get("buktiGalat")).isNull();
        Map<String, Object> row = jdbc.queryForMap(
                "select * from bukti_dukung where jenis_pemilik = 'REALISASI' and pemilik_id = ?", terbuka);
        assertThat(row.get("unit_id")).isEqualTo(unit);
        assertThat(row.get("sha256")).isEqualTo(BerkasUji.SHA256_CONTOH_PDF);

        // the entry page lists it below the values, and the evidence page links back to it
        mvc.perform(get(dasar + 2).with(as(perencana)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bukti-realisasi\"")))
                .andExpect(content().string(containsString("Notulen TW.pdf")))
                .andExpect(content().string(containsString(BerkasUji.SHA256_CONTOH_PDF)));
        mvc.perform(get("/bukti/REALISASI/{id}", terbuka).with(as(perencana)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Realisasi TW2 " + PkUji.TAHUN)))
                .andExpect(content().string(containsString(dasar + 2)));

        // another unit's planner: forbidden, on the evidence page, the panel and the download
        for (String orangLain : new String[] {"kemenlu.perencana2", "marves.pko"}) {
            mvc.perform(get("/bukti/REALISASI/{id}", terbuka).with(as(orangLain))).andExpect(status().isForbidden());
            mvc.perform(get("/bukti/unduh/{id}", row.get("id")).with(as(orangLain))).andExpect(status().isForbidden());
            assertThat(unggah(terbuka, orangLain).getResponse().getStatus()).isEqualTo(403);
        }

        // TW I was approved: its evidence is read-only
        long disetujui = nilai(unit, 1);
        assertThat(((Map<?, ?>) unggah(disetujui, perencana).getFlashMap().get("buktiGalat")).get("bukti"))
                .asString().contains("terkunci");
        mvc.perform(get("/bukti/REALISASI/{id}", disetujui).with(as(perencana)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bukti-form-berkas"))));
        mvc.perform(get("/bukti/REALISASI/{id}", 987654321L).with(as(perencana)))
                .andExpect(status().isNotFound());
    }

    /**
     * Evidence flows up with the value: the planner of Biro Perencanaan reads (never changes) the
     * evidence of a unit below it (the demo's individual position ROREN-PK-EVA-01); a planner
     * elsewhere still may not.
     */
    @Test
    void aPlannerAboveReadsTheEvidenceOfALowerUnitReadOnly() throws Exception {
        Map<String, Object> b = jdbc.queryForMap("""
                select b.id, b.pemilik_id from bukti_dukung b join unit u on u.id = b.unit_id
                where b.jenis_pemilik = 'REALISASI' and b.jenis = 'BERKAS' and u.kode = 'ROREN-PK-EVA-01'
                order by b.id limit 1""");
        mvc.perform(get("/bukti/REALISASI/{id}", b.get("pemilik_id")).with(as("kemenlu.perencana")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bukti-form-berkas"))));
        mvc.perform(get("/bukti/unduh/{id}", b.get("id")).with(as("kemenlu.perencana"))).andExpect(status().isOk());
        assertThat(unggah(((Number) b.get("pemilik_id")).longValue(), "kemenlu.perencana").getResponse().getStatus())
                .isEqualTo(403);
        mvc.perform(get("/bukti/REALISASI/{id}", b.get("pemilik_id")).with(as("kemenlu.perencana2")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bukti/unduh/{id}", b.get("id")).with(as("kemenlu.perencana2"))).andExpect(status().isForbidden());
    }

    /** A derived value upstairs lists the evidence of the lower value it comes from, with a link to it. */
    @Test
    void aDerivedValueShowsTheLowerUnitsEvidence() throws Exception {
        Map<String, Object> r = jdbc.queryForMap("""
                select r.id, r.nomor, pa.unit_id as unit_atas, r.unit_id as unit_bawah from cascading c
                join iku ia on ia.id = c.atas_iku_id join sasaran_strategis sa on sa.id = ia.ss_id
                join perjanjian_kinerja pa on pa.id = sa.pk_id
                join iku ib on ib.id = c.bawah_iku_id join sasaran_strategis sb on sb.id = ib.ss_id
                join perjanjian_kinerja pb on pb.id = sb.pk_id
                join realisasi r on r.iku_akar_id = ib.id and r.jenis_periode = 'TRIWULAN'
                where c.metode = 'DIRECT' and pa.status = 'DITETAPKAN' and pb.status = 'DITETAPKAN'
                  and pa.ditetapkan_oleh = 'sistem-demo' and pb.ditetapkan_oleh = 'sistem-demo'
                order by r.id limit 1""");
        long realisasiId = ((Number) r.get("id")).longValue();
        // a link as evidence, written straight in: the demo's reports are already submitted
        jdbc.update("""
                insert into bukti_dukung (jenis_pemilik, pemilik_id, unit_id, jenis, url, judul, diunggah_oleh_nama,
                    diunggah_pada) values ('REALISASI', ?, ?, 'TAUTAN', 'https://contoh.go.id/notulen', 'Notulen', 'uji', now())
                """, realisasiId, r.get("unit_bawah"));
        mvc.perform(get("/realisasi/unit/{u}/2026/{tw}", r.get("unit_atas"), r.get("nomor")).with(as("kemenlu.pko")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bukti-turunan\"")))
                .andExpect(content().string(containsString("/bukti/REALISASI/" + realisasiId)));
    }
}
