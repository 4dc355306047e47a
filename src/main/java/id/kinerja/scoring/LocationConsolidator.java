package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Location consolidation of an indirectly cascaded IKU (scoring.md §11): the upper unit's value
 * from the lower units' values. Null entries (n/a) are skipped; null when nothing is available.
 */
public final class LocationConsolidator {

    private LocationConsolidator() {
    }

    /** SUM or AVERAGE of the lower values. RAW_DATA needs the raw parts: use {@link #rawData}. */
    public static BigDecimal consolidate(LocationConsolidation type, List<BigDecimal> lowerValues) {
        if (type == null) {
            throw new IllegalArgumentException("location consolidation type is required");
        }
        if (type == LocationConsolidation.RAW_DATA) {
            throw new IllegalArgumentException("RAW_DATA consolidates numerators and denominators: use rawData()");
        }
        if (lowerValues == null) {
            return null;
        }
        BigDecimal sum = null;
        int count = 0;
        for (BigDecimal v : lowerValues) {
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
                count++;
            }
        }
        if (sum == null) {
            return null;
        }
        return type == LocationConsolidation.SUM || count == 1
                ? sum : sum.divide(BigDecimal.valueOf(count), Scores.MC);
    }

    /**
     * Σ numerators and Σ denominators of the lower units with complete raw data; the result can be
     * consolidated again one level up. Null when no lower unit has complete raw data.
     */
    public static RawValue sumRaw(List<RawValue> lowerValues) {
        if (lowerValues == null) {
            return null;
        }
        BigDecimal num = null;
        BigDecimal den = null;
        for (RawValue v : lowerValues) {
            if (v != null && v.complete()) {
                num = num == null ? v.numerator() : num.add(v.numerator());
                den = den == null ? v.denominator() : den.add(v.denominator());
            }
        }
        return num == null ? null : new RawValue(num, den);
    }

    /** RAW_DATA: Σ numerators / Σ denominators × 100 (sum the raw data, then apply the formula). */
    public static BigDecimal rawData(List<RawValue> lowerValues) {
        RawValue sum = sumRaw(lowerValues);
        return sum == null ? null : sum.ratio();
    }
}
