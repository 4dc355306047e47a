package id.kinerja.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A BigDecimal form field holding a Rupiah amount: accepts {@code Rp 75.000.000}, keeps cents,
 * refuses negatives (numeric(18, 2)).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Rupiah {
}
