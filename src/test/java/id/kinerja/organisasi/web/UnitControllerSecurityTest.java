package id.kinerja.organisasi.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitService;
import id.kinerja.organisasi.UnitView;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.support.KinerjaWebMvcTest;
import id.kinerja.support.SebagaiPengguna;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web layer with the real security configuration; the service is a test double here. */
@KinerjaWebMvcTest(UnitController.class)
class UnitControllerSecurityTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UnitService units;

    private static KinerjaUser pengguna(boolean superAdmin, Peran... peran) {
        return new KinerjaUser(1L, "uji", "x", "Pengguna Uji", true, false, superAdmin, List.of(peran));
    }

    private static UnitView unitUji() {
        return new UnitView(7L, 1L, "KU", 1L, "U7", "Unit Tujuh", JenisUnit.UNIT_KERJA, "Two", 2, false,
                "Kepala", 0, true, null, 3L);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/unit")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
    }

    @Test
    void adminUrlsNeedAManagerRoleWhateverTheServiceWouldSay() throws Exception {
        mvc.perform(get("/admin/unit/baru").with(user(pengguna(false, Peran.PERENCANA))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/unit/baru").with(user(pengguna(false, Peran.PIMPINAN, Peran.VALIDATOR))))
                .andExpect(status().isForbidden());
        verifyNoInteractions(units);
    }

    @Test
    @SebagaiPengguna(Peran.PKO_UNIT)
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/unit").param("kode", "X"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(units);
    }

    @Test
    @SebagaiPengguna(Peran.PKO_UNIT)
    void managerGetsTheFormAndASavedUnitRedirectsToItsPage() throws Exception {
        given(units.indukPilihan()).willReturn(List.of(unitUji()));
        mvc.perform(get("/admin/unit/baru").param("induk", "7"))
                .andExpect(status().isOk()).andExpect(view().name("organisasi/form"))
                .andExpect(content().string(Matchers.containsString("Unit Tujuh")));
        given(units.buat(any())).willReturn(unitUji());
        mvc.perform(post("/admin/unit").with(csrf())
                        .param("indukId", "1").param("kode", "U7").param("nama", "Unit Tujuh")
                        .param("jenis", "UNIT_KERJA").param("urutan", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/unit/7"));
    }

    @Test
    void theMenuFollowsTheRoles() throws Exception {
        given(units.terlihat()).willReturn(List.of(unitUji()));
        mvc.perform(get("/unit").with(user(pengguna(false, Peran.PERENCANA))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-menu=\"administrasi\""))));
        mvc.perform(get("/unit").with(user(pengguna(true))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-menu=\"organisasi\"")));
        mvc.perform(get("/unit").with(user(pengguna(false, Peran.PKO_UNIT))))
                .andExpect(content().string(Matchers.containsString("data-menu=\"pengguna\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-menu=\"organisasi\""))));
    }

    @Test
    @SebagaiPengguna(Peran.PERENCANA)
    void pagesAnswerRefusalsWithTheirHtmlErrorPages() throws Exception {
        given(units.detail(99L)).willThrow(new NotFoundException("Unit", 99L));
        mvc.perform(get("/unit/99")).andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        given(units.detail(98L)).willThrow(new AccessDeniedException("di luar jangkauan"));
        mvc.perform(get("/unit/98")).andExpect(status().isForbidden()).andExpect(view().name("error/403"))
                .andExpect(content().string(Matchers.containsString("Akses ditolak")));
    }
}
