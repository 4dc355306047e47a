package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a capaian formula: a message key (present in {@code messages/scoring*.properties}
 * with MessageFormat placeholders) and its numeric arguments at full precision.
 * {@link #text()} renders the built-in Indonesian notation; a UI may instead resolve
 * {@link #key()} with {@link #displayArgs()} through its MessageSource.
 */
public record FormulaStep(String key, List<BigDecimal> args) {

    public static final String NA = "scoring.formula.na";
    public static final String MAXIMIZE = "scoring.formula.maximize";
    public static final String MINIMIZE = "scoring.formula.minimize";
    public static final String MINIMIZE_ZERO_TARGET = "scoring.formula.minimize.zeroTarget";
    public static final String STABILIZE_BELOW = "scoring.formula.stabilize.below";
    public static final String STABILIZE_ABOVE = "scoring.formula.stabilize.above";
    public static final String STABILIZE_RANGE_BELOW = "scoring.formula.stabilize.rangeBelow";
    public static final String STABILIZE_RANGE_ABOVE = "scoring.formula.stabilize.rangeAbove";
    public static final String STABILIZE_INSIDE = "scoring.formula.stabilize.inside";
    public static final String KONVERSI_MAXIMIZE = "scoring.formula.konversi120.maximize";
    public static final String KONVERSI_MINIMIZE = "scoring.formula.konversi120.minimize";
    public static final String CAPPED = "scoring.formula.capped";
    public static final String FLOORED = "scoring.formula.floored";

    /** Built-in notation (same text as messages/scoring.properties). Immutable. */
    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry(NA, "n/a"),
            Map.entry(MAXIMIZE, "R / T × 100 = {0} / {1} × 100 = {2}"),
            Map.entry(MINIMIZE, "(1 + (1 − R / T)) × 100 = (1 + (1 − {0} / {1})) × 100 = {2}"),
            Map.entry(MINIMIZE_ZERO_TARGET, "T = 0, R = {0} → {1}"),
            Map.entry(STABILIZE_BELOW, "R / T × 100 = {0} / {1} × 100 = {2}"),
            Map.entry(STABILIZE_ABOVE, "100 − (R / T × 100 − 100) = 100 − ({0} / {1} × 100 − 100) = {2}"),
            Map.entry(STABILIZE_RANGE_BELOW, "R / T bawah × 100 = {0} / {1} × 100 = {2}"),
            Map.entry(STABILIZE_RANGE_ABOVE,
                    "100 − (R / T atas × 100 − 100) = 100 − ({0} / {1} × 100 − 100) = {2}"),
            Map.entry(STABILIZE_INSIDE, "{1} ≤ R ≤ {2}, R = {0} → 100"),
            Map.entry(KONVERSI_MAXIMIZE, "R ≥ T ({0} ≥ {1}) → konversi {2}"),
            Map.entry(KONVERSI_MINIMIZE, "R ≤ T ({0} ≤ {1}) → konversi {2}"),
            Map.entry(CAPPED, "batas atas {0}"),
            Map.entry(FLOORED, "batas bawah {0}"));

    public FormulaStep {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FormulaStep of(String key, BigDecimal... args) {
        return new FormulaStep(key, List.of(args));
    }

    /** Arguments rounded for display (HALF_UP, 2 decimals where they have more), for MessageFormat. */
    public Object[] displayArgs() {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            BigDecimal a = args.get(i);
            BigDecimal v = a.scale() > Scores.DISPLAY_SCALE ? Scores.display(a) : a;
            v = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
            out[i] = v.scale() < 0 ? v.setScale(0) : v;
        }
        return out;
    }

    /** The step in the built-in Indonesian notation, e.g. "R / T × 100 = 7 / 10 × 100 = 70". */
    public String text() {
        String pattern = PATTERNS.getOrDefault(key, key);
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}') {
                int idx = pattern.charAt(i + 1) - '0';
                sb.append(idx >= 0 && idx < args.size() ? Scores.notation(args.get(idx)) : "?");
                i += 2;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
