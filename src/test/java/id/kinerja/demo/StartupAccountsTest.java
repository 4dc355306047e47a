package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupAccountsTest {

    @Test
    void refusesToStartWithoutAnAdminFromTheEnvironment() {
        assertThatThrownBy(() -> StartupAccounts.periksaPasswordAdmin("", "x"))
                .hasMessageContaining("KINERJA_ADMIN_USERNAME");
    }

    @Test
    void refusesDefaultOrShortPasswords() {
        assertThatThrownBy(() -> StartupAccounts.periksaPasswordAdmin("admin", "demo"))
                .hasMessageContaining("KINERJA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> StartupAccounts.periksaPasswordAdmin("admin", "pendek-123"))
                .hasMessageContaining("KINERJA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> StartupAccounts.periksaPasswordAdmin("admin", "123456789012"))
                .hasMessageContaining("KINERJA_ADMIN_PASSWORD");
        assertThatCode(() -> StartupAccounts.periksaPasswordAdmin("admin", "Kuat-dan-panjang-2026"))
                .doesNotThrowAnyException();
    }
}
