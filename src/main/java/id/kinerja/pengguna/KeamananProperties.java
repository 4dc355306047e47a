package id.kinerja.pengguna;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kinerja.security.*}: sign-in throttling and the HTTP Basic credential cache, validated at
 * start-up (a nonsensical value stops the application instead of weakening sign-in).
 *
 * @param maxFailedLogins free failures per account before waits begin
 * @param loginDelayMax the longest wait per account
 * @param addressFailedLogins free failures per address (offices share NAT)
 * @param addressDelayMax the longest wait per address
 * @param failedLoginWindow how long a failure counts
 * @param credentialCacheTtl how long a verified API password skips BCrypt (0 = off)
 * @param credentialCacheSize how many verified credentials are remembered
 * @param usernameFailedLogins failures of one name across all addresses before every address that
 *        failed on it waits too (a spread attack; an address without a failure is never held)
 * @param usernameDelayMax the longest such wait, counted from that address's own last failure
 */
@Validated
@ConfigurationProperties("kinerja.security")
public record KeamananProperties(
        @DefaultValue("5") @Min(1) @Max(100) int maxFailedLogins,
        @DefaultValue("60s") @NotNull Duration loginDelayMax,
        @DefaultValue("30") @Min(1) @Max(10_000) int addressFailedLogins,
        @DefaultValue("5m") @NotNull Duration addressDelayMax,
        @DefaultValue("15m") @NotNull Duration failedLoginWindow,
        @DefaultValue("5m") @NotNull Duration credentialCacheTtl,
        @DefaultValue("10000") @Min(1) @Max(1_000_000) int credentialCacheSize,
        @DefaultValue("50") @Min(1) @Max(100_000) int usernameFailedLogins,
        @DefaultValue("5m") @NotNull Duration usernameDelayMax) {
}
