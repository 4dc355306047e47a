package id.kinerja.kotakmasuk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import id.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class KotakMasukWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void inboxPageAndNavigationLinkRender() throws Exception {
        mvc.perform(get("/kotak-masuk").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"butir-kotak-masuk\"")))
                .andExpect(content().string(containsString("data-testid=\"kotak-masuk\"")));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/kotak-masuk")).andExpect(status().is3xxRedirection());
    }
}
