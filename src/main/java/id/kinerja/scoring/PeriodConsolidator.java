package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Period consolidation "s.d. period n" (scoring.md §2) over any number of periods (months,
 * quarters, semesters). A null value is n/a: it is skipped, never treated as zero. Periods are
 * 1-based; {@code upToPeriod} beyond the values given means the later periods are n/a.
 * All methods return null (n/a) when no value is available.
 */
public final class PeriodConsolidator {

    private static final BigDecimal[] EMPTY = new BigDecimal[0];

    private PeriodConsolidator() {
    }

    /** Value up to and including period {@code upToPeriod} (1-based). */
    public static BigDecimal consolidate(PeriodConsolidation type, List<BigDecimal> values, int upToPeriod) {
        return consolidate(type, values == null ? EMPTY : values.toArray(EMPTY), upToPeriod);
    }

    /** Value over all periods (the year when the values are the year's periods). */
    public static BigDecimal consolidateAll(PeriodConsolidation type, List<BigDecimal> values) {
        return consolidate(type, values, values == null ? 1 : Math.max(1, values.size()));
    }

    /** Array form (no copying), for hot loops. */
    public static BigDecimal consolidate(PeriodConsolidation type, BigDecimal[] values, int upToPeriod) {
        if (type == null) {
            throw new IllegalArgumentException("period consolidation type is required");
        }
        if (upToPeriod < 1) {
            throw new IllegalArgumentException("upToPeriod must be ≥ 1, was " + upToPeriod);
        }
        int n = Math.min(upToPeriod, values.length);
        switch (type) {
            case SUM: {
                BigDecimal sum = null;
                for (int i = 0; i < n; i++) {
                    BigDecimal v = values[i];
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                    }
                }
                return sum;
            }
            case AVERAGE: {
                BigDecimal sum = null;
                int count = 0;
                for (int i = 0; i < n; i++) {
                    BigDecimal v = values[i];
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                        count++;
                    }
                }
                return sum == null ? null : (count == 1 ? sum : sum.divide(BigDecimal.valueOf(count), Scores.MC));
            }
            case TAKE_LAST_KNOWN: {
                for (int i = n - 1; i >= 0; i--) {
                    if (values[i] != null) {
                        return values[i];
                    }
                }
                return null;
            }
            default:
                throw new IllegalArgumentException("unknown period consolidation " + type);
        }
    }

    /**
     * Realisation of a ratio IKU from raw data: numerator / denominator × 100. n/a (null) when a
     * part is missing or the denominator is 0 (e.g. 0 / 0: nobody asked for a revision this quarter).
     */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return Scores.percent(numerator, denominator);
    }

    /**
     * Raw data of a ratio IKU up to period n. SUM and AVERAGE pool the raw data of the periods where
     * both parts are present (Σ numerators, Σ denominators — "sum the raw data, then apply the
     * formula", as for location RAW_DATA; for a ratio the mean of numerators over the mean of
     * denominators is the same ratio); TAKE_LAST_KNOWN takes the latest complete pair. Apply
     * {@link RawValue#ratio()} to get the realisation. Null when no complete pair exists.
     */
    public static RawValue consolidateRaw(PeriodConsolidation type, List<RawValue> periods, int upToPeriod) {
        if (type == null) {
            throw new IllegalArgumentException("period consolidation type is required");
        }
        if (upToPeriod < 1) {
            throw new IllegalArgumentException("upToPeriod must be ≥ 1, was " + upToPeriod);
        }
        if (periods == null) {
            return null;
        }
        int n = Math.min(upToPeriod, periods.size());
        if (type == PeriodConsolidation.TAKE_LAST_KNOWN) {
            for (int i = n - 1; i >= 0; i--) {
                RawValue v = periods.get(i);
                if (v != null && v.complete()) {
                    return v;
                }
            }
            return null;
        }
        BigDecimal num = null;
        BigDecimal den = null;
        for (int i = 0; i < n; i++) {
            RawValue v = periods.get(i);
            if (v != null && v.complete()) {
                num = num == null ? v.numerator() : num.add(v.numerator());
                den = den == null ? v.denominator() : den.add(v.denominator());
            }
        }
        return num == null ? null : new RawValue(num, den);
    }
}
