package id.kinerja.demo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kinerja.bootstrap-admin.*}: the first super admin outside demo mode
 * ({@code KINERJA_ADMIN_USERNAME}, {@code KINERJA_ADMIN_PASSWORD}, {@code KINERJA_ADMIN_NAMA}).
 * Username and password may be empty here (demo mode needs neither); outside demo mode
 * {@link StartupAccounts} refuses to start without them or with a weak password.
 *
 * @param username account name (the column holds 60 characters)
 * @param password plain password, hashed once when the account is created
 * @param nama display name
 */
@Validated
@ConfigurationProperties("kinerja.bootstrap-admin")
record AdminAwalProperties(
        @DefaultValue("") @Size(max = 60) String username,
        @DefaultValue("") @Size(max = 200) String password,
        @DefaultValue("Administrator") @NotBlank @Size(max = 200) String nama) {

    @Override
    public String toString() {
        // the password never reaches a log line or an actuator dump
        return "AdminAwalProperties[username=" + username + ", nama=" + nama + "]";
    }
}
