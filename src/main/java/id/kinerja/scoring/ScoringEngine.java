package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Facade of the scoring engine: validates a PK's indicators against a rulebook and scores them
 * (capaian, weights, NSS → Np → NCKO, or flat CKP / NKO, band and predikat).
 *
 * <p>Stateless and thread-safe: one instance may be shared (e.g. as a Spring bean). The building
 * blocks are public: {@link Capaian}, {@link PeriodConsolidator}, {@link LocationConsolidator},
 * {@link Weights}, {@link Aggregation}, {@link IndividualScores}, {@link RewardSanction},
 * {@link Rulebook#band}, {@link Rulebook#predikat}.
 */
public final class ScoringEngine {

    public ScoringEngine() {
        // stateless
    }

    /** NCKO for a map owner under an NCKO rulebook, CKP for a non-map owner, NKO under an NKO rulebook. */
    public static ScoreType scoreTypeFor(Rulebook rulebook, boolean mapOwner) {
        if (rulebook.rollUp() == RollUp.NKO) {
            return ScoreType.NKO;
        }
        return mapOwner ? ScoreType.NCKO : ScoreType.CKP;
    }

    /**
     * Scores one PK for one period.
     *
     * @param rulebook   the organisation's rulebook
     * @param mapOwner   the PK owner owns a strategy map (Kemenlu Wide/One/Two, Kepala Perwakilan)
     * @param indicators the PK's IKU with consolidated target/realisation for the period
     * @throws ScoringValidationException with every violation when the input is invalid
     */
    public ScoringResult score(Rulebook rulebook, boolean mapOwner, List<IndicatorInput> indicators) {
        Objects.requireNonNull(rulebook, "rulebook");
        List<FieldViolation> violations = check(rulebook, mapOwner, indicators, false);
        if (!violations.isEmpty()) {
            throw new ScoringValidationException(violations);
        }
        return scoreValid(rulebook, mapOwner, indicators);
    }

    /** Every violation {@link #score} would report (empty when the input can be scored). */
    public List<FieldViolation> validate(Rulebook rulebook, boolean mapOwner, List<IndicatorInput> indicators) {
        Objects.requireNonNull(rulebook, "rulebook");
        return check(rulebook, mapOwner, indicators, false);
    }

    /**
     * Planning-time validation of a PK (Manual IKU / PK entry): as {@link #validate}, plus a target is
     * required for every IKU regardless of realisation, plus the rulebook's IKU count limit for the
     * level (code {@code scoring.iku.tooFew} / {@code scoring.iku.tooMany} on path {@code indicators}).
     *
     * @param level level code as used in {@link Rulebook#ikuCountLimits()} (e.g. "ONE"); null = no limit
     */
    public List<FieldViolation> validatePlan(Rulebook rulebook, String level, boolean mapOwner,
                                             List<IndicatorInput> indicators) {
        Objects.requireNonNull(rulebook, "rulebook");
        List<FieldViolation> violations = check(rulebook, mapOwner, indicators, true);
        if (indicators != null && level != null) {
            IkuCountLimit limit = rulebook.ikuCountLimits().get(level);
            int count = indicators.size();
            if (limit != null && limit.tooMany(count)) {
                violations.add(new FieldViolation("indicators", "scoring.iku.tooMany",
                        new Object[] {count, limit.max(), level}));
            }
            if (limit != null && limit.tooFew(count)) {
                violations.add(new FieldViolation("indicators", "scoring.iku.tooFew",
                        new Object[] {count, limit.min(), level}));
            }
        }
        return violations;
    }

    // ------------------------------------------------------------------------------------------
    // validation

    private static String path(int i, String field) {
        return "indicators[" + i + "]" + (field == null ? "" : "." + field);
    }

    private static List<FieldViolation> check(Rulebook rb, boolean mapOwner, List<IndicatorInput> indicators,
                                              boolean planning) {
        List<FieldViolation> out = new ArrayList<>();
        if (indicators == null) {
            out.add(new FieldViolation("indicators", "scoring.indicators.required"));
            return out;
        }
        ScoreType type = scoreTypeFor(rb, mapOwner);
        boolean ncko = type == ScoreType.NCKO;
        boolean validityControl = rb.weightingScheme() == WeightingScheme.VALIDITY_CONTROL;
        Set<String> codes = new HashSet<>();
        Map<String, Perspective> ssPerspective = ncko ? new HashMap<>() : null;
        int flagged = 0;
        int total = 0;
        boolean perspectiveProblem = false;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput in = indicators.get(i);
            if (in == null) {
                out.add(new FieldViolation(path(i, null), "scoring.indicator.required"));
                continue;
            }
            total++;
            if (in.code() == null || in.code().isBlank()) {
                out.add(new FieldViolation(path(i, "code"), "scoring.code.required"));
            } else if (!codes.add(in.code())) {
                out.add(new FieldViolation(path(i, "code"), "scoring.code.duplicate", new Object[] {in.code()}));
            }
            Polarization pol = in.polarization();
            if (pol == null) {
                out.add(new FieldViolation(path(i, "polarization"), "scoring.polarization.required"));
            }
            checkTarget(out, i, in, pol, planning);
            if (in.maxTarget()) {
                flagged++;
                if (pol == Polarization.STABILIZE) {
                    out.add(new FieldViolation(path(i, "maxTarget"), "scoring.maxTarget.stabilize"));
                }
            }
            if (validityControl) {
                if (in.validity() == null) {
                    out.add(new FieldViolation(path(i, "validity"), "scoring.validity.required"));
                }
                if (mapOwner) {
                    if (in.control() == null) {
                        out.add(new FieldViolation(path(i, "control"), "scoring.control.required"));
                    } else if (in.validity() != null && !Weights.isAllowed(in.validity(), in.control())) {
                        out.add(new FieldViolation(path(i, "control"), "scoring.bobot.forbiddenPair",
                                new Object[] {in.validity().name(), in.control().name()}));
                    }
                }
            } else if (in.quality() == null) {
                out.add(new FieldViolation(path(i, "quality"), "scoring.quality.required"));
            }
            if (ncko) {
                boolean hasSs = in.sasaranCode() != null && !in.sasaranCode().isBlank();
                if (!hasSs) {
                    out.add(new FieldViolation(path(i, "sasaranCode"), "scoring.sasaran.required"));
                }
                if (in.perspective() == null) {
                    out.add(new FieldViolation(path(i, "perspective"), "scoring.perspective.required"));
                    perspectiveProblem = true;
                } else if (!rb.knowsPerspective(in.perspective())) {
                    out.add(new FieldViolation(path(i, "perspective"), "scoring.perspective.notInRulebook",
                            new Object[] {in.perspective().name(), rb.key()}));
                    perspectiveProblem = true;
                } else if (hasSs) {
                    Perspective first = ssPerspective.putIfAbsent(in.sasaranCode(), in.perspective());
                    if (first != null && first != in.perspective()) {
                        out.add(new FieldViolation(path(i, "perspective"), "scoring.sasaran.perspectiveConflict",
                                new Object[] {in.sasaranCode(), first.name()}));
                    }
                }
            }
        }
        if (ncko && !perspectiveProblem) {
            checkPerspectiveSet(out, rb, indicators);
        }
        BigDecimal quota = rb.konversi120QuotaPercent();
        if (quota != null && flagged > 0
                && BigDecimal.valueOf(flagged).multiply(Scores.HUNDRED)
                .compareTo(quota.multiply(BigDecimal.valueOf(total))) > 0) {
            out.add(new FieldViolation("indicators", "scoring.konversi120.quotaExceeded",
                    new Object[] {flagged, total, quota}));
        }
        return out;
    }

    private static void checkTarget(List<FieldViolation> out, int i, IndicatorInput in, Polarization pol,
                                    boolean planning) {
        TargetRange range = in.targetRange();
        if (range != null) {
            if (pol != null && pol != Polarization.STABILIZE) {
                out.add(new FieldViolation(path(i, "targetRange"), "scoring.targetRange.notStabilize"));
                return;
            }
            boolean ok = checkBound(out, path(i, "targetRange.low"), range.low(), "scoring.targetRange.low.required");
            ok &= checkBound(out, path(i, "targetRange.high"), range.high(), "scoring.targetRange.high.required");
            if (ok && range.low().compareTo(range.high()) > 0) {
                out.add(new FieldViolation(path(i, "targetRange"), "scoring.targetRange.invalid",
                        new Object[] {range.low(), range.high()}));
            }
            return;
        }
        BigDecimal t = in.target();
        if (t == null) {
            if (planning || in.realization() != null) {
                out.add(new FieldViolation(path(i, "target"), "scoring.target.required"));
            }
        } else if (t.signum() < 0) {
            out.add(new FieldViolation(path(i, "target"), "scoring.target.negative", new Object[] {t}));
        } else if (t.signum() == 0 && pol != Polarization.MINIMIZE && pol != null) {
            out.add(new FieldViolation(path(i, "target"), "scoring.target.zero", new Object[] {pol.name()}));
        }
    }

    private static boolean checkBound(List<FieldViolation> out, String path, BigDecimal v, String requiredCode) {
        if (v == null) {
            out.add(new FieldViolation(path, requiredCode));
            return false;
        }
        if (v.signum() < 0) {
            out.add(new FieldViolation(path, "scoring.target.negative", new Object[] {v}));
            return false;
        }
        if (v.signum() == 0) {
            out.add(new FieldViolation(path, "scoring.target.zero", new Object[] {Polarization.STABILIZE.name()}));
            return false;
        }
        return true;
    }

    /** All perspectives of one NCKO PK must come from one perspective set of the rulebook. */
    private static void checkPerspectiveSet(List<FieldViolation> out, Rulebook rb, List<IndicatorInput> indicators) {
        Set<Perspective> used = EnumSet.noneOf(Perspective.class);
        for (IndicatorInput in : indicators) {
            if (in != null && in.perspective() != null) {
                used.add(in.perspective());
            }
        }
        if (used.isEmpty() || rb.perspectiveSetFor(used).isPresent()) {
            return;
        }
        PerspectiveWeights best = null;
        int bestCount = -1;
        for (PerspectiveWeights set : rb.perspectiveWeightSets()) {
            int count = 0;
            for (IndicatorInput in : indicators) {
                if (in != null && set.contains(in.perspective())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = set;
                bestCount = count;
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput in = indicators.get(i);
            if (in != null && in.perspective() != null && !best.contains(in.perspective())) {
                out.add(new FieldViolation(path(i, "perspective"), "scoring.perspective.mixedSets",
                        new Object[] {in.perspective().name(), best.code()}));
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // scoring

    /** Accumulator of one SS. */
    private static final class SsAcc {
        final String code;
        final Perspective perspective;
        BigDecimal sumCw = BigDecimal.ZERO;
        BigDecimal sumW = BigDecimal.ZERO;
        boolean any;
        BigDecimal nss;

        SsAcc(String code, Perspective perspective) {
            this.code = code;
            this.perspective = perspective;
        }
    }

    private static ScoringResult scoreValid(Rulebook rb, boolean mapOwner, List<IndicatorInput> indicators) {
        ScoreType type = scoreTypeFor(rb, mapOwner);
        int n = indicators.size();
        CapaianResult[] cap = new CapaianResult[n];
        BigDecimal[] bobot = new BigDecimal[n];
        BigDecimal capMax = rb.cap();
        BigDecimal floor = rb.floor();
        WeightingScheme scheme = rb.weightingScheme();
        for (int i = 0; i < n; i++) {
            IndicatorInput in = indicators.get(i);
            cap[i] = Capaian.compute(in.polarization(), in.target(), in.targetRange(), in.realization(),
                    in.maxTarget(), capMax, floor);
            bobot[i] = Weights.bobot(scheme, mapOwner, in.validity(), in.control(), in.quality());
        }
        BigDecimal[] bt = new BigDecimal[n];
        BigDecimal score;
        List<SasaranResult> sasaranResults = List.of();
        List<PerspectiveResult> perspectiveResults = List.of();
        String setCode = null;

        if (type == ScoreType.NCKO) {
            Map<String, SsAcc> byCode = new LinkedHashMap<>();
            SsAcc[] accOf = new SsAcc[n];
            Set<Perspective> used = EnumSet.noneOf(Perspective.class);
            for (int i = 0; i < n; i++) {
                IndicatorInput in = indicators.get(i);
                SsAcc acc = byCode.get(in.sasaranCode());
                if (acc == null) {
                    acc = new SsAcc(in.sasaranCode(), in.perspective());
                    byCode.put(in.sasaranCode(), acc);
                    used.add(in.perspective());
                }
                accOf[i] = acc;
                BigDecimal c = cap[i].value();
                if (c != null) {
                    acc.sumCw = acc.sumCw.add(c.multiply(bobot[i]));
                    acc.sumW = acc.sumW.add(bobot[i]);
                    acc.any = true;
                }
            }
            for (int i = 0; i < n; i++) {
                if (cap[i].value() != null) {
                    bt[i] = Scores.percent(bobot[i], accOf[i].sumW);
                }
            }
            List<SasaranResult> ss = new ArrayList<>(byCode.size());
            for (SsAcc acc : byCode.values()) {
                acc.nss = Aggregation.quotient(acc.any, acc.sumCw, acc.sumW);
                ss.add(new SasaranResult(acc.code, acc.perspective, acc.nss, rb.band(acc.nss)));
            }
            sasaranResults = ss;

            PerspectiveWeights set = rb.perspectiveSetFor(used).orElseThrow();
            setCode = set.code();
            int pCount = set.weights().size();
            Perspective[] ps = new Perspective[pCount];
            BigDecimal[] np = new BigDecimal[pCount];
            BigDecimal[] w = new BigDecimal[pCount];
            BigDecimal sumNpW = BigDecimal.ZERO;
            BigDecimal sumW = BigDecimal.ZERO;
            boolean any = false;
            int k = 0;
            for (Map.Entry<Perspective, BigDecimal> e : set.weights().entrySet()) {
                ps[k] = e.getKey();
                w[k] = e.getValue();
                BigDecimal sum = null;
                int count = 0;
                for (SsAcc acc : byCode.values()) {
                    if (acc.perspective == ps[k] && acc.nss != null) {
                        sum = sum == null ? acc.nss : sum.add(acc.nss);
                        count++;
                    }
                }
                if (sum != null) {
                    np[k] = count == 1 ? sum : sum.divide(BigDecimal.valueOf(count), Scores.MC);
                    sumNpW = sumNpW.add(np[k].multiply(w[k]));
                    sumW = sumW.add(w[k]);
                    any = true;
                }
                k++;
            }
            score = Aggregation.quotient(any, sumNpW, sumW);
            List<PerspectiveResult> pr = new ArrayList<>(pCount);
            for (int j = 0; j < pCount; j++) {
                BigDecimal pbt = np[j] == null ? null : Scores.percent(w[j], sumW);
                pr.add(new PerspectiveResult(ps[j], np[j], w[j], pbt, rb.band(np[j])));
            }
            perspectiveResults = pr;
        } else {
            BigDecimal sumCw = BigDecimal.ZERO;
            BigDecimal sumW = BigDecimal.ZERO;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                BigDecimal c = cap[i].value();
                if (c != null) {
                    sumCw = sumCw.add(c.multiply(bobot[i]));
                    sumW = sumW.add(bobot[i]);
                    any = true;
                }
            }
            for (int i = 0; i < n; i++) {
                if (cap[i].value() != null) {
                    bt[i] = Scores.percent(bobot[i], sumW);
                }
            }
            score = Aggregation.quotient(any, sumCw, sumW);
        }

        List<IndicatorResult> ir = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IndicatorInput in = indicators.get(i);
            BigDecimal c = cap[i].value();
            ir.add(new IndicatorResult(in.code(), in.sasaranCode(), in.perspective(), c, bobot[i], bt[i],
                    rb.band(c), cap[i].formula()));
        }
        Predikat predikat = rb.predikat(score);
        return new ScoringResult(rb.key(), type, setCode, score,
                predikat == null ? null : predikat.code(), predikat == null ? null : predikat.label(),
                rb.band(score), ir, sasaranResults, perspectiveResults);
    }
}
