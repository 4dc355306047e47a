package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** IKU weights (scoring.md §4). */
public final class Weights {

    private static final BigDecimal W9 = BigDecimal.valueOf(9);
    private static final BigDecimal W11 = BigDecimal.valueOf(11);
    private static final BigDecimal W14 = BigDecimal.valueOf(14);
    private static final BigDecimal W19 = BigDecimal.valueOf(19);
    private static final BigDecimal W21 = BigDecimal.valueOf(21);
    private static final BigDecimal W26 = BigDecimal.valueOf(26);
    private static final BigDecimal Q_ULTIMATE = new BigDecimal("0.4");
    private static final BigDecimal Q_INTERMEDIATE = new BigDecimal("0.3");
    private static final BigDecimal Q_IMMEDIATE = new BigDecimal("0.2");
    private static final BigDecimal Q_OUTPUT = new BigDecimal("0.1");

    private Weights() {
    }

    /** Whether a validity × control pair is allowed for a map owner (Kemenlu Tabel 3.18). */
    public static boolean isAllowed(Validity validity, Control control) {
        return validityControlOrNull(validity, control) != null;
    }

    /**
     * Published weight of a validity × control pair (Kemenlu Tabel 3.18; the integers, which sum to
     * 100). IllegalArgumentException for the not-allowed pairs EXACT-HIGH, ACTIVITY-HIGH, ACTIVITY-LOW.
     */
    public static BigDecimal validityControl(Validity validity, Control control) {
        BigDecimal w = validityControlOrNull(validity, control);
        if (w == null) {
            throw new IllegalArgumentException("scoring.bobot.forbiddenPair: " + validity + "-" + control);
        }
        return w;
    }

    private static BigDecimal validityControlOrNull(Validity validity, Control control) {
        if (validity == null || control == null) {
            throw new IllegalArgumentException("validity and control are required");
        }
        switch (validity) {
            case EXACT:
                return control == Control.HIGH ? null : (control == Control.MODERATE ? W21 : W26);
            case PROXY:
                return control == Control.HIGH ? W11 : (control == Control.MODERATE ? W14 : W19);
            case ACTIVITY:
                return control == Control.MODERATE ? W9 : null;
            default:
                throw new IllegalArgumentException("unknown validity " + validity);
        }
    }

    /** Weight of a non-map owner's IKU: validity only (EXACT 21, PROXY 14, ACTIVITY 9). */
    public static BigDecimal validityOnly(Validity validity) {
        if (validity == null) {
            throw new IllegalArgumentException("validity is required");
        }
        switch (validity) {
            case EXACT:
                return W21;
            case PROXY:
                return W14;
            case ACTIVITY:
                return W9;
            default:
                throw new IllegalArgumentException("unknown validity " + validity);
        }
    }

    /** Weight of a quality tier (Marves Tabel 3): 0,4 / 0,3 / 0,2 / 0,1. */
    public static BigDecimal qualityTier(QualityTier tier) {
        if (tier == null) {
            throw new IllegalArgumentException("quality tier is required");
        }
        switch (tier) {
            case ULTIMATE_OUTCOME:
                return Q_ULTIMATE;
            case INTERMEDIATE_OUTCOME:
                return Q_INTERMEDIATE;
            case IMMEDIATE_OUTCOME:
                return Q_IMMEDIATE;
            case OUTPUT:
                return Q_OUTPUT;
            default:
                throw new IllegalArgumentException("unknown quality tier " + tier);
        }
    }

    /**
     * Bobot of an IKU under a weighting scheme: VALIDITY_CONTROL uses the validity × control table
     * for map owners and validity only for the others; QUALITY_TIER uses the tier.
     */
    public static BigDecimal bobot(WeightingScheme scheme, boolean mapOwner, Validity validity, Control control,
                                   QualityTier quality) {
        if (scheme == WeightingScheme.QUALITY_TIER) {
            return qualityTier(quality);
        }
        return mapOwner ? validityControl(validity, control) : validityOnly(validity);
    }

    /** Bobot of an indicator under a rulebook. */
    public static BigDecimal bobot(Rulebook rulebook, boolean mapOwner, IndicatorInput indicator) {
        return bobot(rulebook.weightingScheme(), mapOwner, indicator.validity(), indicator.control(),
                indicator.quality());
    }

    /**
     * Bobot tertimbang (%) = bobot / Σ bobot × 100, the sum taken over the available entries only;
     * null for the entries that are not available (scoring.md §4, Kemenlu Tabel 3.22).
     *
     * @param bobot     weights, one per IKU of the scope
     * @param available whether each IKU's capaian is available in the period
     */
    public static List<BigDecimal> normalise(List<BigDecimal> bobot, List<Boolean> available) {
        if (bobot.size() != available.size()) {
            throw new IllegalArgumentException("bobot and available must have the same size");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < bobot.size(); i++) {
            if (Boolean.TRUE.equals(available.get(i))) {
                sum = sum.add(bobot.get(i));
            }
        }
        List<BigDecimal> out = new ArrayList<>(bobot.size());
        for (int i = 0; i < bobot.size(); i++) {
            out.add(Boolean.TRUE.equals(available.get(i)) && sum.signum() != 0
                    ? Scores.percent(bobot.get(i), sum) : null);
        }
        return out;
    }
}
