package id.kinerja.organisasi.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.akses.Peran;
import id.kinerja.organisasi.UnitService;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.support.KinerjaWebMvcTest;
import id.kinerja.support.SebagaiPengguna;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The same refusals a page shows as HTML are problem+json on the API, titled from the bundle. */
@KinerjaWebMvcTest(UnitApiController.class)
@SebagaiPengguna(Peran.PERENCANA)
class UnitApiGalatTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UnitService units;

    @Test
    void notFoundAndForbiddenAreProblems() throws Exception {
        given(units.lihat(99L)).willThrow(new NotFoundException("Unit", 99L));
        mvc.perform(get("/api/v1/unit/99")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Data yang Anda cari tidak ada."))
                .andExpect(jsonPath("$.instance").value("/api/v1/unit/99"));
        given(units.lihat(98L)).willThrow(new AccessDeniedException("di luar jangkauan"));
        mvc.perform(get("/api/v1/unit/98")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Akses ditolak"));
    }
}
