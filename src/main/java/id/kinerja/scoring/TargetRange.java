package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Target range [low, high] of a STABILIZE IKU (scoring.md §3, Decision "stabilize with a range").
 * Components may be null so that an incomplete form can be reported field by field by
 * {@link ScoringEngine#validate}; {@link Capaian} requires both bounds.
 */
public record TargetRange(BigDecimal low, BigDecimal high) {

    public static TargetRange of(BigDecimal low, BigDecimal high) {
        return new TargetRange(low, high);
    }

    /** A point target T is the range [T, T]. */
    public static TargetRange point(BigDecimal target) {
        return new TargetRange(target, target);
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }
}
