package id.kinerja.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Shared arithmetic and the one display-rounding rule of the engine.
 *
 * <p>Every division uses {@link #MC} (34 significant digits); additions and multiplications are
 * exact. Values are only rounded by {@link #display(BigDecimal)}: HALF_UP to 2 decimals, and every
 * band, predikat and status is judged on that rounded value so the label always agrees with what
 * the user sees (100,004 → 100,00 → Baik; 89,175 → 89,18).
 */
public final class Scores {

    /** Precision of every division in the engine (DECIMAL128: 34 significant digits). */
    public static final MathContext MC = MathContext.DECIMAL128;

    /** Number of decimals of displayed/stored scores. */
    public static final int DISPLAY_SCALE = 2;

    /**
     * Decimals kept before display rounding. A quotient such as 600,1 / (20/3) is computed as
     * 90,01499999…9 (34 digits) although its exact value is 90,015; discarding digits beyond the
     * 20th decimal first (HALF_UP) removes that division noise so the displayed value is 90,02.
     * Exact values never carry more than 20 decimals in practice, so nothing else changes.
     */
    public static final int NOISE_SCALE = 20;

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

    private Scores() {
    }

    /** The value as displayed and stored: HALF_UP to 2 decimals (null stays null). */
    public static BigDecimal display(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.scale() > NOISE_SCALE ? value.setScale(NOISE_SCALE, RoundingMode.HALF_UP) : value;
        return v.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code a / b} with the engine's precision. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    /** {@code a × 100 / b} with a single rounding. */
    public static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return a.multiply(HUNDRED).divide(b, MC);
    }

    /** Indonesian display: 2 decimals, decimal comma, no grouping ("89,18"); null → "n/a". */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        return display(value).toPlainString().replace('.', ',');
    }

    /**
     * Compact notation for formulas: at most 2 decimals (HALF_UP), trailing zeros dropped, decimal
     * comma ("137,5", "7", "21,67"); null → "n/a".
     */
    public static String notation(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        BigDecimal v = value.scale() > DISPLAY_SCALE ? display(value) : value;
        v = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        return v.toPlainString().replace('.', ',');
    }

    /** Null-safe comparison helper: {@code a ≥ b}. */
    static boolean ge(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0;
    }

    /** True when {@code x} lies in the interval; a null bound is unbounded. */
    static boolean within(BigDecimal x, BigDecimal lower, boolean lowerInclusive,
                          BigDecimal upper, boolean upperInclusive) {
        if (lower != null) {
            int c = x.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = x.compareTo(upper);
            if (c > 0 || (c == 0 && !upperInclusive)) {
                return false;
            }
        }
        return true;
    }

    /** True when two intervals (null bound = unbounded) share at least one point. */
    static boolean overlaps(BigDecimal lo1, boolean lo1Inc, BigDecimal hi1, boolean hi1Inc,
                            BigDecimal lo2, boolean lo2Inc, BigDecimal hi2, boolean hi2Inc) {
        // interval 1 entirely below interval 2?
        if (hi1 != null && lo2 != null) {
            int c = hi1.compareTo(lo2);
            if (c < 0 || (c == 0 && !(hi1Inc && lo2Inc))) {
                return false;
            }
        }
        // interval 2 entirely below interval 1?
        if (hi2 != null && lo1 != null) {
            int c = hi2.compareTo(lo1);
            if (c < 0 || (c == 0 && !(hi2Inc && lo1Inc))) {
                return false;
            }
        }
        return true;
    }

    /** Checks an interval's bounds (used by rulebook bands). */
    static void checkInterval(String what, BigDecimal lower, boolean lowerInclusive,
                              BigDecimal upper, boolean upperInclusive) {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException(what + ": at least one bound is required");
        }
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive))) {
                throw new IllegalArgumentException(what + ": empty interval " + lower + ".." + upper);
            }
        }
    }
}
