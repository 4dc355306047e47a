package id.kinerja.perencanaan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every planning rule is refused with its Indonesian message at the field (or in the PK's problem list). */
@IntegrationTest
class AturanPerencanaanTest {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String u) {
        return user(users.loadUserByUsername(u));
    }

    private long bukaPk(String unitKode, String akun) throws Exception {
        String lokasi = mvc.perform(post("/perencanaan/unit/{id}/buka", DemoUnits.id(jdbc, unitKode))
                .param("tahun", "2026").with(as(akun)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
    }

    private long ss(long pk, String akun, String perspektif) throws Exception {
        mvc.perform(post("/perencanaan/pk/{id}/ss", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as(akun)).with(csrf()).param("nama", "SS " + perspektif)
                .param("perspektif", perspektif).param("posisi", "1")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from sasaran_strategis where pk_id = ?", Long.class, pk);
    }

    private MockHttpServletRequestBuilder iku(long pk, long ss, String akun, String nama) {
        return iku(pk, ss, akun, nama, "100");
    }

    private MockHttpServletRequestBuilder iku(long pk, long ss, String akun, String nama, String target) {
        return post("/perencanaan/pk/{id}/iku", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as(akun)).with(csrf()).param("ssId", String.valueOf(ss))
                .param("urutan", "1").param("nama", nama).param("definisi", "d").param("formula", "f")
                .param("satuan", "%").param("jenisCascading", "N").param("konsolidasiPeriode", "TAKE_LAST_KNOWN")
                .param("polarisasi", "MAXIMIZE").param("periodePelaporan", "TAHUN").param("target", target);
    }

    /** An SS of a non-map owner is adopted from a PK above: same name, same or higher perspective. */
    private long ssAdopsi(long pk, String akun, String namaDariAtas, String perspektif) throws Exception {
        mvc.perform(post("/perencanaan/pk/{id}/ss", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as(akun)).with(csrf()).param("nama", namaDariAtas)
                .param("perspektif", perspektif).param("posisi", "1")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from sasaran_strategis where pk_id = ?", Long.class, pk);
    }

    private String ssRoren(String perspektif) {
        return jdbc.queryForObject("""
                select s.nama from sasaran_strategis s join perjanjian_kinerja p on p.id = s.pk_id
                join unit u on u.id = p.unit_id where u.kode = 'ROREN' and s.perspektif = ? order by s.id limit 1""",
                String.class, perspektif);
    }

    @Test
    void onlyMapOwnersDefineTheirOwnSasaranAndAdoptedOnesStayInTheirPerspective() throws Exception {
        long pk = bukaPk("ROREN-PK", "kemenlu.pko");
        mvc.perform(post("/perencanaan/pk/{id}/ss", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as("kemenlu.pko")).with(csrf())
                        .param("nama", "Sasaran karangan sendiri").param("perspektif", "INTERNAL_PROCESS")
                        .param("posisi", "1"))
                .andExpect(model().attributeHasFieldErrors("form", "nama"))
                .andExpect(content().string(Matchers.containsString("Hanya pemilik peta strategi")));
        mvc.perform(post("/perencanaan/pk/{id}/ss", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as("kemenlu.pko")).with(csrf())
                        .param("nama", ssRoren("INTERNAL_PROCESS")).param("perspektif", "LEARNING_GROWTH")
                        .param("posisi", "1"))
                .andExpect(model().attributeHasFieldErrors("form", "perspektif"))
                .andExpect(content().string(Matchers.containsString("perspektif yang sama atau lebih tinggi")));
        ssAdopsi(pk, "kemenlu.pko", ssRoren("INTERNAL_PROCESS"), "INTERNAL_PROCESS");
    }

    @Test
    void ikuCountLimitOfTheLevel() throws Exception {
        long pk = bukaPk("ROREN-PK-EVA-02", "kemenlu.pko");
        long ss = ssAdopsi(pk, "kemenlu.pko", ssRoren("INTERNAL_PROCESS"), "INTERNAL_PROCESS");
        for (int i = 1; i <= 10; i++) {
            mvc.perform(iku(pk, ss, "kemenlu.pko", "IKU " + i).param("validitas", "PROXY"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(iku(pk, ss, "kemenlu.pko", "IKU 11").param("validitas", "PROXY"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "nama"))
                .andExpect(content().string(Matchers.containsString("Jumlah IKU (11) melebihi batas maksimal 10")));
    }

    @Test
    void forbiddenPairsNegativeTargetsAndActivityOnlySasaranOfAMapOwner() throws Exception {
        long pk = bukaPk("KBRI-TOKYO", "kemenlu.pko");
        long ss = ss(pk, "kemenlu.pko", "CUSTOMER");
        mvc.perform(iku(pk, ss, "kemenlu.pko", "Pasangan terlarang").param("validitas", "ACTIVITY")
                        .param("kendali", "LOW"))
                .andExpect(model().attributeHasFieldErrors("form", "kendali"))
                .andExpect(content().string(Matchers.containsString("tidak diperbolehkan bagi pemilik peta strategi")));
        mvc.perform(iku(pk, ss, "kemenlu.pko", "Target negatif", "-5").param("validitas", "PROXY")
                        .param("kendali", "LOW"))
                .andExpect(model().attributeHasFieldErrors("form", "target"))
                .andExpect(content().string(Matchers.containsString("negatif")));
        mvc.perform(iku(pk, ss, "kemenlu.pko", "Hanya activity").param("validitas", "ACTIVITY")
                        .param("kendali", "MODERATE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/perencanaan/pk/{id}", pk).with(as("kemenlu.pko")))
                .andExpect(content().string(Matchers.containsString(
                        "hanya diukur oleh IKU ber-validitas Activity")));
    }

    @Test
    void konversi120QuotaOfMarves() throws Exception {
        long pk = bukaPk("M-SESDEP1", "marves.pko");
        long ss = ss(pk, "marves.pko", "INTERNAL_PROCESS");
        mvc.perform(iku(pk, ss, "marves.pko", "Indeks A").param("kualitas", "OUTPUT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(iku(pk, ss, "marves.pko", "Indeks B").param("kualitas", "OUTPUT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(iku(pk, ss, "marves.pko", "Opini BPK", "4").param("kualitas", "OUTPUT")
                        .param("targetMaksimum", "true"))
                .andExpect(model().attributeHasFieldErrors("form", "targetMaksimum"))
                .andExpect(content().string(Matchers.containsString("konversi 120")));
    }

    @Test
    void anIkuMeasuresOneSasaranOfItsOwnPk() throws Exception {
        long pkA = bukaPk("KBRI-TOKYO-POL", "kemenlu.pko");
        long pkB = bukaPk("KBRI-TOKYO-EKO", "kemenlu.pko");
        // the Kemenlu-wide SS exists in the seeded ministry PK: both functions adopt it
        String ssKemenlu = jdbc.queryForObject("""
                select s.nama from sasaran_strategis s join perjanjian_kinerja p on p.id = s.pk_id
                join unit u on u.id = p.unit_id where u.kode = 'KEMENLU' and s.perspektif = 'CUSTOMER'
                order by s.id limit 1""", String.class);
        long ssB = ssAdopsi(pkB, "kemenlu.pko", ssKemenlu, "CUSTOMER");
        // an SS of another PK cannot be chosen, whatever the form field says
        mvc.perform(iku(pkA, ssB, "kemenlu.pko", "Salah PK").param("validitas", "PROXY"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlannerOfAnotherUnitCannotDraftIt() throws Exception {
        long pk = bukaPk("ASTIMPAS-1", "kemenlu.pko");
        mvc.perform(post("/perencanaan/pk/{id}/ss", pk).param("version", String.valueOf(perencanaan.versi(pk))).with(as("kemenlu.perencana")).with(csrf())
                        .param("nama", "Susupan").param("perspektif", "CUSTOMER").param("posisi", "1"))
                .andExpect(status().isForbidden());
    }
}
