package id.kinerja.realisasi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * scoring.md §13 end to end on real PostgreSQL: a PK built like the vector through the planning
 * service, values PUT through the API, GET capaian s.d. TW II → NCKO 95,45, KUNING.
 */
@IntegrationTest
class Vektor13ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    PkUji.Hasil pk;
    List<String> kode;

    @BeforeEach
    void siapkan() {
        PkUji.masuk(users, "admin");
        pk = PkUji.vektor13(organisasi, perencanaan);
        kode = perencanaan.pkById(pk.pkId()).sasaran().stream().flatMap(s -> s.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions isi(String iku, String period, String json) throws Exception {
        return mvc.perform(put("/api/v1/realisasi/{u}/{t}/{i}/{p}", pk.unitKode(), PkUji.TAHUN, iku, period)
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void vectorOfScoringMd13() throws Exception {
        String s11 = kode.get(0);
        String s51 = kode.get(1);
        isi(s11, "TW1", "{\"nilai\": 12}").andExpect(status().isOk()).andExpect(jsonPath("$.nilai").value(12));
        isi(s11, "TW2", "{\"nilai\": \"15\"}").andExpect(status().isOk());
        isi(s51, "TW1", "{\"nilai\": 7}").andExpect(status().isOk());
        isi(s51, "TW2", "{\"na\": true, \"alasan\": \"tidak ada permintaan layanan triwulan ini\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.na").value(true))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.locked").value(false));

        mvc.perform(get("/api/v1/capaian/{u}/{t}", pk.unitKode(), PkUji.TAHUN).param("sd", "TW2")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scoreType").value("NCKO"))
                .andExpect(content().string(Matchers.containsString("\"score\":95.45")))
                .andExpect(jsonPath("$.band").value("KUNING"))
                .andExpect(jsonPath("$.predikat").value("Belum Memenuhi Ekspektasi"))
                .andExpect(jsonPath("$.status").value("SEMENTARA"))
                .andExpect(jsonPath("$.indicators[0].target").value(30))
                .andExpect(jsonPath("$.indicators[0].realisasi").value(27))
                .andExpect(jsonPath("$.indicators[0].capaian").value(90))
                .andExpect(jsonPath("$.indicators[1].target").value(7))
                .andExpect(jsonPath("$.indicators[1].realisasi").value(7))
                .andExpect(jsonPath("$.indicators[1].capaian").value(100))
                .andExpect(jsonPath("$.indicators[2].capaian").doesNotExist())
                .andExpect(jsonPath("$.sasaran[0].nss").value(90))
                .andExpect(jsonPath("$.sasaran[1].nss").value(100))
                .andExpect(jsonPath("$.perspectives[0].np").value(90))
                .andExpect(jsonPath("$.perspectives[0].bobot").value(25));

        mvc.perform(get("/api/v1/realisasi/{u}/{t}", pk.unitKode(), PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.values.length()").value(4))
                .andExpect(jsonPath("$.values[0].iku").value(s11));
        mvc.perform(get("/api/v1/pk/{u}/{t}", pk.unitKode(), PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versi").value(1))
                .andExpect(jsonPath("$.mapOwner").value(true))
                .andExpect(jsonPath("$.rulebook").value("KEMENLU_BSC"))
                .andExpect(jsonPath("$.indicators[0].trajectory[1].period").value("TW2"))
                .andExpect(jsonPath("$.indicators[0].trajectory[1].target").value(20))
                .andExpect(jsonPath("$.indicators[2].reportingPeriod").value("TAHUN"))
                .andExpect(jsonPath("$.indicators[0].derived").doesNotExist());
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() throws Exception {
        String s11 = kode.get(0);
        isi(s11, "TW1", "{\"nilai\": \"dua belas\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("nilai"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("bukan angka")));
        isi(s11, "TW1", "{\"na\": true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("alasan"));
        isi(s11, "TW1", "{\"pembilang\": 3, \"penyebut\": 4}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("nilai"));
        isi(s11, "TW1", "{\"nilai\": 1e20}").andExpect(status().isBadRequest());
        isi(s11, "TW1", "[1]").andExpect(status().isBadRequest());
        isi(s11, "B01", "{\"nilai\": 1}").andExpect(status().isNotFound());
        isi(s11, "TW9", "{\"nilai\": 1}").andExpect(status().isNotFound());
        isi("S9.9-X", "TW1", "{\"nilai\": 1}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/realisasi/{u}/{t}", pk.unitKode(), PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.values.length()").value(0));
        mvc.perform(get("/api/v1/capaian/{u}/{t}", pk.unitKode(), PkUji.TAHUN).param("sd", "Q2")
                .with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sd"));
        mvc.perform(get("/api/v1/capaian/{u}/{t}", "TIDAK-ADA", PkUji.TAHUN).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staleVersionIsA409() throws Exception {
        String s11 = kode.get(0);
        isi(s11, "TW1", "{\"nilai\": \"1.250,5\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.nilai").value(1250.5)).andExpect(jsonPath("$.version").value(0));
        isi(s11, "TW1", "{\"nilai\": 13, \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        isi(s11, "TW1", "{\"nilai\": 14, \"version\": 0}").andExpect(status().isConflict());
    }

    /** Kemenlu: a target exceeded in semester I (not the maximum attainable) is flagged for raising. */
    @Test
    void targetExceededInSemesterOneIsFlagged() throws Exception {
        String s11 = kode.get(0);
        isi(s11, "TW1", "{\"nilai\": 12}").andExpect(status().isOk());
        isi(s11, "TW2", "{\"nilai\": 25}").andExpect(status().isOk());
        isi(kode.get(1), "TW1", "{\"nilai\": 7}").andExpect(status().isOk());
        for (String sd : List.of("TW2", "TW3")) {
            mvc.perform(get("/api/v1/capaian/{u}/{t}", pk.unitKode(), PkUji.TAHUN).param("sd", sd)
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.indicators[0].targetPerluDinaikkan").value(true))
                    .andExpect(jsonPath("$.indicators[1].targetPerluDinaikkan").value(false));
        }
        mvc.perform(get("/api/v1/capaian/{u}/{t}", pk.unitKode(), PkUji.TAHUN).param("sd", "TW1")
                        .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.indicators[0].targetPerluDinaikkan").value(false));
    }
}
