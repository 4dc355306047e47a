package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the engine at exact edges: konversi-120 quota, target ranges, perspective sets. */
class ScoringEngineEdgeTest {

    private final ScoringEngine engine = new ScoringEngine();

    private static IndicatorInput.Builder marves(String code) {
        return IndicatorInput.builder(code).polarization(Polarization.MAXIMIZE).target("100").realization("90")
                .quality(QualityTier.values()[0]);
    }

    private static IndicatorInput bsc(String code, String ss, Perspective p) {
        return IndicatorInput.builder(code).sasaran(ss).perspective(p).polarization(Polarization.MAXIMIZE)
                .target("100").realization("90").validity(Validity.EXACT).control(Control.LOW).build();
    }

    private static List<IndicatorInput> flagged(int flagged, int total) {
        List<IndicatorInput> in = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            in.add(marves("IKU" + i).maxTarget(i < flagged).build());
        }
        return in;
    }

    @Test
    void konversi120QuotaIsInclusive() {
        // MARVES allows 20 % of the IKU with a maximum-attainable target
        assertThat(engine.validate(Rulebooks.MARVES, false, flagged(1, 5))).isEmpty();
        assertThat(engine.validate(Rulebooks.MARVES, false, flagged(2, 10))).isEmpty();
        assertThat(engine.validate(Rulebooks.MARVES, false, flagged(1, 4)))
                .containsExactly(new FieldViolation("indicators", "scoring.konversi120.quotaExceeded",
                        new Object[] {1, 4, bd("20")}));
        assertThat(engine.validate(Rulebooks.MARVES, false, flagged(3, 10))).extracting(FieldViolation::code)
                .containsExactly("scoring.konversi120.quotaExceeded");
    }

    private List<FieldViolation> range(String low, String high) {
        TargetRange r = TargetRange.of(low == null ? null : bd(low), high == null ? null : bd(high));
        IndicatorInput in = marves("S").polarization(Polarization.STABILIZE).target((BigDecimal) null)
                .targetRange(r).build();
        return engine.validate(Rulebooks.MARVES, false, List.of(in));
    }

    @Test
    void targetRangeBounds() {
        assertThat(range("10", "10")).isEmpty();
        assertThat(range("10", "12")).isEmpty();
        assertThat(range("10.01", "10")).containsExactly(new FieldViolation("indicators[0].targetRange",
                "scoring.targetRange.invalid", new Object[] {bd("10.01"), bd("10")}));
        assertThat(range("0", "10")).containsExactly(new FieldViolation("indicators[0].targetRange.low",
                "scoring.target.zero", new Object[] {"STABILIZE"}));
        // a bad bound is reported alone, never also as an inverted range
        assertThat(range("-5", "-10")).containsExactly(
                new FieldViolation("indicators[0].targetRange.low", "scoring.target.negative", new Object[] {bd("-5")}),
                new FieldViolation("indicators[0].targetRange.high", "scoring.target.negative", new Object[] {bd("-10")}));
        assertThat(range("5", "0")).containsExactly(new FieldViolation("indicators[0].targetRange.high",
                "scoring.target.zero", new Object[] {"STABILIZE"}));
        assertThat(range(null, "10")).containsExactly(new FieldViolation("indicators[0].targetRange.low",
                "scoring.targetRange.low.required"));
        assertThat(range("10", null)).containsExactly(new FieldViolation("indicators[0].targetRange.high",
                "scoring.targetRange.high.required"));
    }

    @Test
    void mixedPerspectiveSetsNameTheBestFittingSet() {
        // tie (one IKU each): the first set of the rulebook (FOUR) is taken as the intended one
        List<IndicatorInput> tie = List.of(bsc("A", "SS1", Perspective.STAKEHOLDER),
                bsc("B", "SS2", Perspective.STAKEHOLDER_CUSTOMER));
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, true, tie)).containsExactly(
                new FieldViolation("indicators[1].perspective", "scoring.perspective.mixedSets",
                        new Object[] {"STAKEHOLDER_CUSTOMER", "FOUR"}));
        // two of THREE against one of FOUR: THREE wins
        List<IndicatorInput> three = List.of(bsc("A", "SS1", Perspective.STAKEHOLDER),
                bsc("B", "SS2", Perspective.STAKEHOLDER_CUSTOMER), bsc("C", "SS3", Perspective.STAKEHOLDER_CUSTOMER));
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, true, three)).containsExactly(
                new FieldViolation("indicators[0].perspective", "scoring.perspective.mixedSets",
                        new Object[] {"STAKEHOLDER", "THREE"}));
        // shared perspectives count for both sets
        List<IndicatorInput> shared = List.of(bsc("A", "SS1", Perspective.INTERNAL_PROCESS),
                bsc("B", "SS2", Perspective.CUSTOMER), bsc("C", "SS3", Perspective.STAKEHOLDER_CUSTOMER),
                bsc("D", "SS4", Perspective.STAKEHOLDER_CUSTOMER));
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, true, shared)).containsExactly(
                new FieldViolation("indicators[1].perspective", "scoring.perspective.mixedSets",
                        new Object[] {"CUSTOMER", "THREE"}));
    }
}
