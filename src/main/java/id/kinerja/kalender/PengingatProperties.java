package id.kinerja.kalender;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kinerja.kalender.pengingat.*} (docs/kalender.md), validated at start-up. {@code cron} and
 * {@code aktif} stay placeholders on {@link PengingatTerjadwal}: Spring reads them there.
 *
 * @param hariSebelum days before a deadline the first reminder goes out
 * @param pengirim From address of the reminder mail
 * @param tautanDasar base URL put before {@code /notifikasi} in the mail (empty = none)
 */
@Validated
@ConfigurationProperties("kinerja.kalender.pengingat")
record PengingatProperties(
        @DefaultValue("3") @Min(0) @Max(60) int hariSebelum,
        @DefaultValue("kinerja@localhost") @NotBlank String pengirim,
        @DefaultValue("") String tautanDasar) {
}
