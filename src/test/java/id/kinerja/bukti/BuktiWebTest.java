package id.kinerja.bukti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.bukti.web.TautanForm;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence end to end on the real PostgreSQL: upload with sniffing, limits and hash, links,
 * delete with optimistic locking, download headers, and the unit reach on every route.
 */
@IntegrationTest
class BuktiWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PemilikUji pemilik;

    @Autowired
    BuktiService service;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long roren() {
        return DemoUnits.id(jdbc, "ROREN");
    }

    /** The browser claims PDF for everything: the header is never trusted. */
    private static MockMultipartFile berkas(String nama, byte[] isi) {
        return new MockMultipartFile("berkas", nama, "application/pdf", isi);
    }

    private MvcResult unggah(long pemilikId, String nama, byte[] isi, String username) throws Exception {
        return mvc.perform(multipart("/bukti/UJI/{id}/berkas", pemilikId).file(berkas(nama, isi))
                .param("kembali", "/unit/" + roren()).with(as(username)).with(csrf())).andReturn();
    }

    private long jumlah(long pemilikId) {
        return jdbc.queryForObject("select count(*) from bukti_dukung where jenis_pemilik = 'UJI' and pemilik_id = ?",
                Long.class, pemilikId);
    }

    private long yatim() {
        return jdbc.queryForObject("""
                select count(*) from bukti_isi i
                where not exists (select 1 from bukti_dukung d where d.kunci_penyimpanan = i.kunci)
                """, Long.class);
    }

    private Map<String, Object> satu(long pemilikId) {
        return jdbc.queryForMap("select * from bukti_dukung where jenis_pemilik = 'UJI' and pemilik_id = ?", pemilikId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> galat(MvcResult r) {
        return (Map<String, String>) r.getFlashMap().get("buktiGalat");
    }

    @Test
    void uploadKeepsTheKnownHashAndDownloadsByteIdenticalAsAttachment() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).file(berkas("Laporan TW I.pdf", BerkasUji.pdf()))
                        .param("kembali", "/unit/" + roren()).with(as("kemenlu.perencana")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/unit/" + roren() + "#bukti-UJI-" + id))
                .andExpect(flash().attribute("buktiPesan", "Bukti dukung tersimpan."));
        Map<String, Object> row = satu(id);
        assertThat(row.get("sha256")).isEqualTo(BerkasUji.SHA256_CONTOH_PDF);
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat(row.get("ukuran")).isEqualTo(218L);
        assertThat(row.get("nama_file")).isEqualTo("Laporan TW I.pdf");
        assertThat(row.get("penyimpanan")).isEqualTo("POSTGRES");
        assertThat(row.get("unit_id")).isEqualTo(roren());
        long buktiId = (Long) row.get("id");

        MvcResult unduh = mvc.perform(get("/bukti/unduh/{id}", buktiId).with(as("kemenlu.perencana")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("Laporan")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Length", "218"))
                .andReturn();
        assertThat(unduh.getResponse().getContentAsByteArray()).isEqualTo(BerkasUji.pdf());

        // the list shows name, size, hash and uploader
        mvc.perform(get("/bukti/UJI/{id}", id).with(as("kemenlu.perencana")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BerkasUji.SHA256_CONTOH_PDF)))
                .andExpect(content().string(containsString("Laporan TW I.pdf")))
                .andExpect(content().string(containsString("218 B")))
                .andExpect(content().string(containsString(
                        users.loadUserByUsername("kemenlu.perencana") instanceof KinerjaUser k
                                ? k.getNama() : "?")));
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_log where entitas = 'BuktiDukung' and entitas_id = ? and aksi = 'BUAT'"
                        + " and unit_id = ?", Long.class, String.valueOf(buktiId), roren())).isEqualTo(1L);
    }

    @Test
    void pngNamedPdfIsStoredAsPngUnderAnHonestName() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        MvcResult r = unggah(id, "foto kegiatan.pdf", BerkasUji.png(), "kemenlu.perencana");
        assertThat((String) r.getFlashMap().get("buktiPesan")).contains("image/png").contains("foto kegiatan.png");
        Map<String, Object> row = satu(id);
        assertThat(row.get("content_type")).isEqualTo("image/png");
        assertThat(row.get("nama_file")).isEqualTo("foto kegiatan.png");
        mvc.perform(get("/bukti/unduh/{id}", row.get("id")).with(as("kemenlu.perencana")))
                .andExpect(header().string("Content-Type", "image/png"));
    }

    @Test
    void executableRenamedPdfIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        MvcResult r = unggah(id, "laporan.pdf", BerkasUji.exe(), "kemenlu.perencana");
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(galat(r).get("berkas")).contains("laporan.pdf").contains("tidak diizinkan");
        assertThat(jumlah(id)).isZero();
        assertThat(yatim()).isZero();
        r = unggah(id, "laporan.pdf", BerkasUji.acak(5000, 11), "kemenlu.perencana");
        assertThat(galat(r).get("berkas")).contains("tidak dikenali");
        assertThat(jumlah(id)).isZero();
    }

    @Test
    void overTheConfiguredLimitGetsAFieldMessageAndExistingEvidenceStaysIntact() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        unggah(id, "lama.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        byte[] besar = Arrays.copyOf(BerkasUji.pdf(), 20 * 1024 * 1024 + 1);
        MvcResult r = unggah(id, "besar.pdf", besar, "kemenlu.perencana");
        assertThat(galat(r).get("berkas")).isEqualTo("Berkas: ukurannya 20 MB, melebihi batas 20 MB per berkas."
                + " Tidak ada yang disimpan.");
        assertThat(jumlah(id)).isEqualTo(1);
        assertThat(satu(id).get("nama_file")).isEqualTo("lama.pdf");
        assertThat(yatim()).isZero();
        // exactly at the limit is accepted
        byte[] pas = Arrays.copyOf(BerkasUji.pdf(), 20 * 1024 * 1024);
        assertThat(unggah(id, "pas.pdf", pas, "kemenlu.perencana").getFlashMap().get("buktiGalat")).isNull();
        assertThat(jumlah(id)).isEqualTo(2);
    }

    @Test
    void emptyOrMissingFileIsAskedFor() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        MvcResult r = unggah(id, "kosong.pdf", new byte[0], "kemenlu.perencana");
        assertThat(galat(r).get("berkas")).contains("pilih berkas");
        r = mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).with(as("kemenlu.perencana")).with(csrf())).andReturn();
        assertThat(galat(r).get("berkas")).contains("pilih berkas");
        assertThat(jumlah(id)).isZero();
    }

    @Test
    void htmxPostGetsThePanelWithTheMessageAtTheField() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).file(berkas("program.pdf", BerkasUji.exe()))
                        .header("HX-Request", "true").with(as("kemenlu.perencana")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bukti-galat-berkas\"")))
                .andExpect(content().string(containsString("tidak diizinkan")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).file(berkas("laporan.pdf", BerkasUji.pdf()))
                        .header("HX-Request", "true").with(as("kemenlu.perencana")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BerkasUji.SHA256_CONTOH_PDF)));
    }

    @Test
    void linksMustBeHttpOrHttpsAndBoundedAndTheInputIsKept() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        MvcResult r = mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", "javascript:alert(1)")
                .param("judul", "Notulen").with(as("kemenlu.perencana")).with(csrf())).andReturn();
        assertThat(galat(r).get("url")).contains("http://").contains("https://");
        assertThat(((TautanForm) r.getFlashMap().get("buktiMasukan")).getJudul()).isEqualTo("Notulen");
        r = mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", "https://x.go.id/" + "a".repeat(2000))
                .with(as("kemenlu.perencana")).with(csrf())).andReturn();
        assertThat(galat(r).get("url")).contains("2.000 karakter");
        r = mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", "ftp://x.go.id/a")
                .with(as("kemenlu.perencana")).with(csrf())).andReturn();
        assertThat(galat(r).get("url")).isNotNull();
        assertThat(jumlah(id)).isZero();

        mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", " https://jdih.kemenlu.go.id/notulen/12 ")
                        .with(as("kemenlu.perencana")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/bukti/UJI/" + id + "#bukti-UJI-" + id));
        Map<String, Object> row = satu(id);
        assertThat(row.get("jenis")).isEqualTo("TAUTAN");
        assertThat(row.get("url")).isEqualTo("https://jdih.kemenlu.go.id/notulen/12");
        assertThat(row.get("judul")).isEqualTo("jdih.kemenlu.go.id");
        // a link has nothing to download
        mvc.perform(get("/bukti/unduh/{id}", row.get("id")).with(as("kemenlu.perencana"))).andExpect(status().isNotFound());
    }

    @Test
    void returnAddressIsAlwaysAPathOfThisApplication() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        for (String jahat : new String[] {"https://jahat.example/", "//jahat.example/", "/\\jahat.example"}) {
            mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", "https://a.go.id").param("kembali", jahat)
                            .with(as("kemenlu.perencana")).with(csrf()))
                    .andExpect(redirectedUrl("/bukti/UJI/" + id + "#bukti-UJI-" + id));
        }
    }

    @Test
    void aLockedOwnerKeepsItsEvidenceReadOnly() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        unggah(id, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        Map<String, Object> row = satu(id);
        pemilik.kunci(id);
        MvcResult r = unggah(id, "lagi.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        assertThat(galat(r).get("bukti")).contains("terkunci");
        mvc.perform(post("/bukti/hapus/{id}", row.get("id")).param("version", "0").with(as("kemenlu.perencana"))
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/bukti/UJI/{id}", id).with(as("kemenlu.perencana")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"bukti-terkunci\"")))
                .andExpect(content().string(not(containsString("bukti-form-berkas"))))
                .andExpect(content().string(not(containsString("bukti-hapus"))));
        assertThat(jumlah(id)).isEqualTo(1);
        mvc.perform(get("/bukti/unduh/{id}", row.get("id")).with(as("kemenlu.perencana"))).andExpect(status().isOk());
    }

    @Test
    void deleteCarriesTheVersionSeenAndRemovesTheBytes() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        unggah(id, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        Map<String, Object> row = satu(id);
        mvc.perform(post("/bukti/hapus/{id}", row.get("id")).param("version", "7").with(as("kemenlu.perencana"))
                .with(csrf())).andExpect(status().isConflict());
        assertThat(jumlah(id)).isEqualTo(1);
        mvc.perform(post("/bukti/hapus/{id}", row.get("id")).param("version", String.valueOf(row.get("version")))
                        .param("kembali", "/unit/" + roren()).with(as("kemenlu.perencana")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("buktiPesan", "Bukti dukung \"laporan.pdf\" dihapus."));
        assertThat(jumlah(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bukti_isi where kunci = ?", Long.class,
                row.get("kunci_penyimpanan"))).isZero();
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_log where entitas = 'BuktiDukung' and entitas_id = ? and aksi = 'HAPUS'",
                Long.class, String.valueOf(row.get("id")))).isEqualTo(1L);
    }

    @Test
    void atMostTheConfiguredNumberPerOwner() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        for (int i = 0; i < 20; i++) {
            jdbc.update("""
                    insert into bukti_dukung (jenis_pemilik, pemilik_id, unit_id, jenis, url, judul, diunggah_oleh_nama,
                        diunggah_pada) values ('UJI', ?, ?, 'TAUTAN', 'https://a.go.id', 'a', 'uji', now())
                    """, id, roren());
        }
        MvcResult r = unggah(id, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        assertThat(galat(r).get("bukti")).contains("20");
        assertThat(jumlah(id)).isEqualTo(20);
    }

    @Test
    void anotherUnitsEvidenceIsForbiddenOnEveryRoute() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        unggah(id, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        Object buktiId = satu(id).get("id");
        for (String orangLain : new String[] {"kemenlu.perencana2", "marves.perencana", "marves.pko"}) {
            mvc.perform(get("/bukti/UJI/{id}", id).with(as(orangLain))).andExpect(status().isForbidden());
            mvc.perform(get("/bukti/UJI/{id}/panel", id).with(as(orangLain))).andExpect(status().isForbidden());
            mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).file(berkas("x.pdf", BerkasUji.pdf()))
                    .with(as(orangLain)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/bukti/UJI/{id}/tautan", id).param("url", "https://a.go.id").with(as(orangLain))
                    .with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/bukti/hapus/{id}", buktiId).param("version", "0").with(as(orangLain)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/bukti/unduh/{id}", buktiId).with(as(orangLain))).andExpect(status().isForbidden());
        }
        assertThat(jumlah(id)).isEqualTo(1);
        // unknown ids and kinds: 404
        mvc.perform(get("/bukti/unduh/{id}", 987654321L).with(as("kemenlu.perencana"))).andExpect(status().isNotFound());
        mvc.perform(post("/bukti/hapus/{id}", 987654321L).param("version", "0").with(as("kemenlu.perencana"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/bukti/UJI/{id}", 987654321L).with(as("kemenlu.perencana"))).andExpect(status().isNotFound());
        mvc.perform(get("/bukti/TIDAKADA/{id}", id).with(as("kemenlu.perencana"))).andExpect(status().isNotFound());
        // anonymous: to the login page
        mvc.perform(get("/bukti/unduh/{id}", buktiId)).andExpect(status().is3xxRedirection());
    }

    @Test
    void readersOfTheUnitDownloadButDoNotChange() throws Exception {
        long id = pemilik.daftarkan(roren(), true);
        unggah(id, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        Object buktiId = satu(id).get("id");
        // the validator of the unit and the head of the unit above may read
        for (String pembaca : new String[] {"kemenlu.validator", "kemenlu.pimpinan"}) {
            mvc.perform(get("/bukti/unduh/{id}", buktiId).with(as(pembaca))).andExpect(status().isOk());
            mvc.perform(get("/bukti/UJI/{id}", id).with(as(pembaca)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("bukti-form-berkas"))));
        }
        mvc.perform(multipart("/bukti/UJI/{id}/berkas", id).file(berkas("x.pdf", BerkasUji.pdf()))
                .with(as("kemenlu.validator")).with(csrf())).andExpect(status().isForbidden());
        assertThat(jumlah(id)).isEqualTo(1);
    }

    @Test
    void panelsOfManyOwnersAtOnceLeaveOutWhatIsOutOfReach() throws Exception {
        long milikSendiri = pemilik.daftarkan(roren(), true);
        long milikLain = pemilik.daftarkan(DemoUnits.id(jdbc, "ASTIMPAS"), true);
        unggah(milikSendiri, "laporan.pdf", BerkasUji.pdf(), "kemenlu.perencana");
        var user = users.loadUserByUsername("kemenlu.perencana");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities()));
        try {
            Map<Long, BuktiService.PanelBukti> panel = service.panelSemua(PemilikUji.JENIS,
                    List.of(milikSendiri, milikLain, 987654321L));
            assertThat(panel).containsOnlyKeys(milikSendiri);
            assertThat(panel.get(milikSendiri).daftar()).extracting(BuktiService.BuktiView::sha256)
                    .containsExactly(BerkasUji.SHA256_CONTOH_PDF);
            assertThat(panel.get(milikSendiri).bolehUbah()).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
