package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Raw data of a ratio IKU: realisation = numerator / denominator × 100 (scoring.md §1).
 * Either part may be null (not entered).
 */
public record RawValue(BigDecimal numerator, BigDecimal denominator) {

    public static RawValue of(BigDecimal numerator, BigDecimal denominator) {
        return new RawValue(numerator, denominator);
    }

    public static RawValue of(long numerator, long denominator) {
        return new RawValue(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Both parts present. */
    public boolean complete() {
        return numerator != null && denominator != null;
    }

    /** numerator / denominator × 100; null (n/a) when a part is missing or the denominator is 0. */
    public BigDecimal ratio() {
        return PeriodConsolidator.ratio(numerator, denominator);
    }
}
