package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * One predikat interval of a rulebook (scoring.md §8), judged on the score rounded to 2 decimals.
 * A null bound is unbounded: "X &lt; 50" is (null, –, 50, exclusive); "100 &lt; X ≤ 120" is
 * (100, exclusive, 120, inclusive).
 *
 * @param code  stable code, also the i18n key suffix {@code scoring.predikat.<code>}
 * @param label label shown (rulebook data, Indonesian)
 */
public record PredikatBand(String code, String label, BigDecimal lower, boolean lowerInclusive,
                           BigDecimal upper, boolean upperInclusive) {

    public PredikatBand {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a predikat band needs a code");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("predikat band " + code + " needs a label");
        }
        Scores.checkInterval("predikat band " + code, lower, lowerInclusive, upper, upperInclusive);
    }

    /** Whether the (already rounded) value lies in this band. */
    public boolean contains(BigDecimal value) {
        return Scores.within(value, lower, lowerInclusive, upper, upperInclusive);
    }

    boolean overlaps(PredikatBand o) {
        return Scores.overlaps(lower, lowerInclusive, upper, upperInclusive,
                o.lower, o.lowerInclusive, o.upper, o.upperInclusive);
    }
}
