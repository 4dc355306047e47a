package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ordinal scale of a qualitative IKU (scoring.md §1): each label scores its number. Scales are
 * reference data; instances are immutable and keep the levels in the given order.
 *
 * @param code   identifier of the scale (e.g. "OPINI_BPK")
 * @param levels label → number, in display order
 */
public record QualitativeScale(String code, Map<String, BigDecimal> levels) {

    /** Opini BPK (Kemenlu §G.1 Contoh II): WTP 4, WDP 3, TW (adverse) 2, TMP (disclaimer) 1. */
    public static final QualitativeScale OPINI_BPK = new QualitativeScale("OPINI_BPK", opiniBpk());

    public QualitativeScale {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a qualitative scale needs a code");
        }
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("qualitative scale " + code + " needs at least one level");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : levels.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("qualitative scale " + code + ": blank label");
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "value of " + e.getKey()));
        }
        levels = Collections.unmodifiableMap(copy);
    }

    private static Map<String, BigDecimal> opiniBpk() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("WTP", BigDecimal.valueOf(4));
        m.put("WDP", BigDecimal.valueOf(3));
        m.put("TW", BigDecimal.valueOf(2));
        m.put("TMP", BigDecimal.valueOf(1));
        return m;
    }

    /** The number of a label; IllegalArgumentException when the label is not on the scale. */
    public BigDecimal valueOf(String label) {
        BigDecimal v = levels.get(label);
        if (v == null) {
            throw new IllegalArgumentException("scoring.qualitative.unknownLabel: " + label + " not in " + code);
        }
        return v;
    }

    public Optional<BigDecimal> find(String label) {
        return Optional.ofNullable(label == null ? null : levels.get(label));
    }

    public boolean contains(String label) {
        return label != null && levels.containsKey(label);
    }

    /** The first label whose number equals the value (numerically). */
    public Optional<String> labelOf(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, BigDecimal> e : levels.entrySet()) {
            if (e.getValue().compareTo(value) == 0) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Highest number of the scale (the natural "maximum attainable" target for konversi 120). */
    public BigDecimal max() {
        BigDecimal max = null;
        for (BigDecimal v : levels.values()) {
            if (max == null || v.compareTo(max) > 0) {
                max = v;
            }
        }
        return max;
    }
}
