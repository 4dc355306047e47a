package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Roll-ups: NSS, CKP and NKO are weighted scores, Np is a mean, NCKO is a weighted score of the
 * Np's with the perspective weights (scoring.md §5–7, §10).
 *
 * <p>A weighted score is computed as Σ (value × bobot) / Σ bobot over the available values, which
 * equals Σ (value × bobot tertimbang / 100) with a single division (no rounding of the
 * intermediate bobot tertimbang).
 */
public final class Aggregation {

    private Aggregation() {
    }

    /**
     * Σ (value × weight) / Σ weight over the entries whose value is not null (n/a left out, the
     * remaining weights re-normalised). Null when no value is available.
     */
    public static BigDecimal weightedScore(List<BigDecimal> values, List<BigDecimal> weights) {
        if (values.size() != weights.size()) {
            throw new IllegalArgumentException("values and weights must have the same size");
        }
        BigDecimal sumVw = BigDecimal.ZERO;
        BigDecimal sumW = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v != null) {
                BigDecimal w = weights.get(i);
                sumVw = sumVw.add(v.multiply(w));
                sumW = sumW.add(w);
                any = true;
            }
        }
        return quotient(any, sumVw, sumW);
    }

    /** NSS of one SS: weighted score of its IKU capaian (scoring.md §5). */
    public static BigDecimal nss(List<BigDecimal> capaian, List<BigDecimal> bobot) {
        return weightedScore(capaian, bobot);
    }

    /** CKP of a non-map owner / NKO: weighted score over all IKU of the PK (scoring.md §7, §10). */
    public static BigDecimal flat(List<BigDecimal> capaian, List<BigDecimal> bobot) {
        return weightedScore(capaian, bobot);
    }

    /** Mean of the non-null values (Np = mean of the NSS, n/a SS left out). Null when none. */
    public static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = null;
        int count = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
                count++;
            }
        }
        if (sum == null) {
            return null;
        }
        return count == 1 ? sum : sum.divide(BigDecimal.valueOf(count), Scores.MC);
    }

    /**
     * NCKO = Σ (Np × bobot perspektif) / Σ bobot perspektif over the perspectives with a value
     * (scoring.md §6: weights re-normalised to 100 when a perspective is n/a).
     *
     * @param np      Np per perspective (null or missing entry = n/a)
     * @param weights perspective weights of the set in use
     */
    public static BigDecimal ncko(Map<Perspective, BigDecimal> np, Map<Perspective, BigDecimal> weights) {
        BigDecimal sumVw = BigDecimal.ZERO;
        BigDecimal sumW = BigDecimal.ZERO;
        boolean any = false;
        for (Map.Entry<Perspective, BigDecimal> e : weights.entrySet()) {
            BigDecimal v = np.get(e.getKey());
            if (v != null) {
                sumVw = sumVw.add(v.multiply(e.getValue()));
                sumW = sumW.add(e.getValue());
                any = true;
            }
        }
        for (Perspective p : np.keySet()) {
            if (np.get(p) != null && !weights.containsKey(p)) {
                throw new IllegalArgumentException("perspective " + p + " has no weight in the set");
            }
        }
        return quotient(any, sumVw, sumW);
    }

    static BigDecimal quotient(boolean any, BigDecimal sumVw, BigDecimal sumW) {
        if (!any) {
            return null;
        }
        if (sumW.signum() == 0) {
            throw new IllegalArgumentException("the weights of the available values sum to 0");
        }
        return sumVw.divide(sumW, Scores.MC);
    }
}
