package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One perspective set of a rulebook with its weights (%), in display order; the weights sum to 100
 * (scoring.md §6). Kemenlu has a four-perspective set and a three-perspective set.
 *
 * @param code    identifier of the set within the rulebook (e.g. "FOUR", "THREE")
 * @param weights perspective → weight, ordered
 */
public record PerspectiveWeights(String code, Map<Perspective, BigDecimal> weights) {

    /** STAKEHOLDER 25, CUSTOMER 15, INTERNAL_PROCESS 30, LEARNING_GROWTH 30. */
    public static final PerspectiveWeights FOUR = new PerspectiveWeights("FOUR", ordered(
            Perspective.STAKEHOLDER, "25", Perspective.CUSTOMER, "15",
            Perspective.INTERNAL_PROCESS, "30", Perspective.LEARNING_GROWTH, "30"));

    /** STAKEHOLDER_CUSTOMER 40, INTERNAL_PROCESS 30, LEARNING_GROWTH 30. */
    public static final PerspectiveWeights THREE = new PerspectiveWeights("THREE", ordered(
            Perspective.STAKEHOLDER_CUSTOMER, "40",
            Perspective.INTERNAL_PROCESS, "30", Perspective.LEARNING_GROWTH, "30"));

    public PerspectiveWeights {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a perspective set needs a code");
        }
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("perspective set " + code + " needs at least one perspective");
        }
        Map<Perspective, BigDecimal> copy = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Perspective, BigDecimal> e : weights.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue().signum() <= 0) {
                throw new IllegalArgumentException("perspective set " + code + ": invalid entry " + e);
            }
            copy.put(e.getKey(), e.getValue());
            sum = sum.add(e.getValue());
        }
        if (sum.compareTo(Scores.HUNDRED) != 0) {
            throw new IllegalArgumentException("perspective set " + code + ": weights sum to " + sum + ", not 100");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    public boolean contains(Perspective perspective) {
        return weights.containsKey(perspective);
    }

    /** Weight of a perspective, null when it is not in the set. */
    public BigDecimal weight(Perspective perspective) {
        return weights.get(perspective);
    }

    private static Map<Perspective, BigDecimal> ordered(Object... pairs) {
        Map<Perspective, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Perspective) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }
}
