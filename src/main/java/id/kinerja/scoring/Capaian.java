package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Capaian of one IKU by polarisation (scoring.md §3), with konversi 120, cap and floor, and the
 * Decisions on target ranges and zero/negative values.
 *
 * <p>Inputs are assumed valid (the facade validates them first and reports field violations); an
 * invalid combination here raises {@link IllegalArgumentException}.
 */
public final class Capaian {

    private Capaian() {
    }

    /** Capaian with the cap and floor of the rulebook. */
    public static CapaianResult compute(Rulebook rulebook, Polarization polarization, BigDecimal target,
                                        TargetRange targetRange, BigDecimal realization, boolean maxTarget) {
        return compute(polarization, target, targetRange, realization, maxTarget, rulebook.cap(), rulebook.floor());
    }

    /**
     * @param polarization MAXIMIZE, MINIMIZE or STABILIZE
     * @param target       point target (already consolidated for the period); ignored when a range is given
     * @param targetRange  STABILIZE range, or null
     * @param realization  consolidated realisation; null = n/a → {@link CapaianResult#NOT_AVAILABLE}
     * @param maxTarget    konversi 120: the target is the maximum attainable (MAXIMIZE/MINIMIZE only)
     * @param cap          upper bound of a capaian (120); also the konversi value
     * @param floor        lower bound of a capaian (0)
     */
    public static CapaianResult compute(Polarization polarization, BigDecimal target, TargetRange targetRange,
                                        BigDecimal realization, boolean maxTarget, BigDecimal cap, BigDecimal floor) {
        if (polarization == null) {
            throw new IllegalArgumentException("scoring.polarization.required");
        }
        if (maxTarget && polarization == Polarization.STABILIZE) {
            throw new IllegalArgumentException("scoring.maxTarget.stabilize");
        }
        if (realization == null) {
            return CapaianResult.NOT_AVAILABLE;
        }
        final BigDecimal r = realization;
        if (targetRange != null) {
            if (polarization != Polarization.STABILIZE) {
                throw new IllegalArgumentException("scoring.targetRange.notStabilize");
            }
            return stabilize(r, targetRange.low(), targetRange.high(), true, cap, floor);
        }
        if (target == null) {
            throw new IllegalArgumentException("scoring.target.required");
        }
        final BigDecimal t = target;
        if (t.signum() < 0) {
            throw new IllegalArgumentException("scoring.target.negative");
        }
        switch (polarization) {
            case MAXIMIZE: {
                if (t.signum() == 0) {
                    throw new IllegalArgumentException("scoring.target.zero");
                }
                if (maxTarget && r.compareTo(t) >= 0) {
                    return konversi(FormulaStep.KONVERSI_MAXIMIZE, r, t, cap);
                }
                BigDecimal raw = Scores.percent(r, t);
                return bounded(raw, FormulaStep.of(FormulaStep.MAXIMIZE, r, t, raw), cap, floor);
            }
            case MINIMIZE: {
                if (t.signum() == 0) {
                    // Decision: T = 0 → R ≤ 0 meets the target (100, or konversi 120), R > 0 scores 0.
                    boolean met = r.signum() <= 0;
                    if (met && maxTarget) {
                        return konversi(FormulaStep.KONVERSI_MINIMIZE, r, t, cap);
                    }
                    BigDecimal raw = met ? Scores.HUNDRED : BigDecimal.ZERO;
                    return bounded(raw, FormulaStep.of(FormulaStep.MINIMIZE_ZERO_TARGET, r, raw), cap, floor);
                }
                if (maxTarget && r.compareTo(t) <= 0) {
                    return konversi(FormulaStep.KONVERSI_MINIMIZE, r, t, cap);
                }
                // (1 + (1 − R/T)) × 100 = 200 − R × 100 / T
                BigDecimal raw = Scores.TWO_HUNDRED.subtract(Scores.percent(r, t));
                return bounded(raw, FormulaStep.of(FormulaStep.MINIMIZE, r, t, raw), cap, floor);
            }
            case STABILIZE: {
                if (t.signum() == 0) {
                    throw new IllegalArgumentException("scoring.target.zero");
                }
                return stabilize(r, t, t, false, cap, floor);
            }
            default:
                throw new IllegalArgumentException("unknown polarization " + polarization);
        }
    }

    private static CapaianResult stabilize(BigDecimal r, BigDecimal lo, BigDecimal hi, boolean range,
                                           BigDecimal cap, BigDecimal floor) {
        if (lo == null || hi == null) {
            throw new IllegalArgumentException("scoring.targetRange.required");
        }
        if (lo.signum() < 0 || hi.signum() < 0) {
            throw new IllegalArgumentException("scoring.target.negative");
        }
        if (lo.signum() == 0) {
            throw new IllegalArgumentException("scoring.target.zero");
        }
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("scoring.targetRange.invalid");
        }
        if (r.compareTo(lo) < 0 || (!range && r.compareTo(lo) == 0)) {
            // R ≤ T (point) or R < low (range): R / T × 100
            BigDecimal raw = Scores.percent(r, lo);
            String key = range ? FormulaStep.STABILIZE_RANGE_BELOW : FormulaStep.STABILIZE_BELOW;
            return bounded(raw, FormulaStep.of(key, r, lo, raw), cap, floor);
        }
        if (r.compareTo(hi) > 0) {
            // 100 − ((R / T × 100) − 100) = 200 − R × 100 / T
            BigDecimal raw = Scores.TWO_HUNDRED.subtract(Scores.percent(r, hi));
            String key = range ? FormulaStep.STABILIZE_RANGE_ABOVE : FormulaStep.STABILIZE_ABOVE;
            return bounded(raw, FormulaStep.of(key, r, hi, raw), cap, floor);
        }
        // inside [lo, hi] (only reachable with a real range)
        return bounded(Scores.HUNDRED, FormulaStep.of(FormulaStep.STABILIZE_INSIDE, r, lo, hi), cap, floor);
    }

    private static CapaianResult konversi(String key, BigDecimal r, BigDecimal t, BigDecimal cap) {
        return new CapaianResult(cap, cap, true, false, false, Formula.of(FormulaStep.of(key, r, t, cap)));
    }

    private static CapaianResult bounded(BigDecimal raw, FormulaStep step, BigDecimal cap, BigDecimal floor) {
        if (raw.compareTo(cap) > 0) {
            return new CapaianResult(cap, raw, false, true, false,
                    Formula.of(step, FormulaStep.of(FormulaStep.CAPPED, cap)));
        }
        if (raw.compareTo(floor) < 0) {
            return new CapaianResult(floor, raw, false, false, true,
                    Formula.of(step, FormulaStep.of(FormulaStep.FLOORED, floor)));
        }
        return new CapaianResult(raw, raw, false, false, false, Formula.of(step));
    }
}
