package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capaian, formula texts and individual scores at exact edges (scoring.md §3, §4, §11). */
class ScoringFormulaEdgeTest {

    private static final BigDecimal CAP = bd("120");
    private static final BigDecimal FLOOR = bd("0");

    private static CapaianResult range(String r, String lo, String hi) {
        return Capaian.compute(Polarization.STABILIZE, null, TargetRange.of(bd(lo), bd(hi)), bd(r), false, CAP, FLOOR);
    }

    private static CapaianResult maximize(String r, String t) {
        return Capaian.compute(Polarization.MAXIMIZE, bd(t), null, bd(r), false, CAP, FLOOR);
    }

    @Test
    void cappedOnlyAboveTheCap() {
        CapaianResult atCap = maximize("120", "100");
        assertThat(atCap.value()).isEqualByComparingTo("120");
        assertThat(atCap.capped()).isFalse();
        assertThat(atCap.formula().text()).isEqualTo("R / T × 100 = 120 / 100 × 100 = 120");
        CapaianResult above = maximize("120.01", "100");
        assertThat(above.value()).isEqualByComparingTo("120");
        assertThat(above.raw()).isEqualByComparingTo("120.01");
        assertThat(above.capped()).isTrue();
        assertThat(above.formula().text()).isEqualTo("R / T × 100 = 120,01 / 100 × 100 = 120,01 → batas atas 120");
    }

    @Test
    void stabilizeRangeEdges() {
        CapaianResult low = range("10", "10", "20");
        assertThat(low.value()).isEqualByComparingTo("100");
        assertThat(low.formula().text()).isEqualTo("10 ≤ R ≤ 20, R = 10 → 100");
        CapaianResult high = range("20", "10", "20");
        assertThat(high.value()).isEqualByComparingTo("100");
        assertThat(high.formula().text()).isEqualTo("10 ≤ R ≤ 20, R = 20 → 100");
        CapaianResult below = range("9", "10", "20");
        assertThat(below.value()).isEqualByComparingTo("90");
        assertThat(below.formula().text()).isEqualTo("R / T bawah × 100 = 9 / 10 × 100 = 90");
        CapaianResult above = range("21", "10", "20");
        assertThat(above.value()).isEqualByComparingTo("95");
        assertThat(above.formula().text())
                .isEqualTo("100 − (R / T atas × 100 − 100) = 100 − (21 / 20 × 100 − 100) = 95");
        // a point target: R = T is the "below" formula, giving exactly 100
        CapaianResult point = Capaian.compute(Polarization.STABILIZE, bd("10"), null, bd("10"), false, CAP, FLOOR);
        assertThat(point.value()).isEqualByComparingTo("100");
        assertThat(point.formula().text()).isEqualTo("R / T × 100 = 10 / 10 × 100 = 100");
        CapaianResult pointAbove = Capaian.compute(Polarization.STABILIZE, bd("10"), null, bd("10.5"), false, CAP,
                FLOOR);
        assertThat(pointAbove.value()).isEqualByComparingTo("95");
        assertThat(pointAbove.formula().text())
                .isEqualTo("100 − (R / T × 100 − 100) = 100 − (10,5 / 10 × 100 − 100) = 95");
    }

    @Test
    void stabilizeRangeValidation() {
        assertThatThrownBy(() -> range("5", "0", "10")).hasMessage("scoring.target.zero");
        assertThatThrownBy(() -> range("5", "-1", "10")).hasMessage("scoring.target.negative");
        assertThatThrownBy(() -> range("5", "10", "-1")).hasMessage("scoring.target.negative");
        assertThatThrownBy(() -> range("5", "10", "0")).hasMessage("scoring.targetRange.invalid");
        assertThatThrownBy(() -> range("5", "10", "9.99")).hasMessage("scoring.targetRange.invalid");
        assertThat(range("5", "10", "10").value()).isEqualByComparingTo("50");
    }

    @Test
    void formulaStepTextEdges() {
        // an unknown key is its own pattern; placeholders out of range print "?"
        assertThat(FormulaStep.of("{0}+{1}", bd("1.5"), bd("2")).text()).isEqualTo("1,5+2");
        assertThat(FormulaStep.of("{1}", bd("1")).text()).isEqualTo("?");
        assertThat(FormulaStep.of("a{/}", bd("1")).text()).isEqualTo("a?");
        assertThat(FormulaStep.of("ab{0", bd("1")).text()).isEqualTo("ab{0");
        assertThat(FormulaStep.of("ab{0}", bd("1")).text()).isEqualTo("ab1");
        assertThat(FormulaStep.of("{0}}", bd("7")).text()).isEqualTo("7}");
        assertThat(FormulaStep.of("{{0}", bd("7")).text()).isEqualTo("{7");
        assertThat(FormulaStep.of("x", bd("21.666"), bd("7.00"), bd("1E+2"), bd("0.00")).displayArgs())
                .containsExactly(bd("21.67"), bd("7"), bd("100"), BigDecimal.ZERO);
    }

    @Test
    void semesterNpBounds() {
        assertThat(SemesterNp.rated("0").effectiveValue()).isEqualByComparingTo("0");
        assertThat(SemesterNp.rated("100").effectiveValue()).isEqualByComparingTo("100");
        assertThat(SemesterNp.UNRATED.effectiveValue()).isEqualByComparingTo("100");
        assertThat(SemesterNp.NOT_APPLICABLE.effectiveValue()).isNull();
        assertThatThrownBy(() -> SemesterNp.rated("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemesterNp.rated("100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemesterNp.rated((BigDecimal) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SemesterNp(SemesterNp.Status.UNRATED, bd("90")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries no value");
        assertThatThrownBy(() -> new SemesterNp(SemesterNp.Status.NOT_APPLICABLE, bd("90")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries no value");
        assertThatThrownBy(() -> new SemesterNp(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perspectiveWeightsRejectZeroWeight() {
        Map<Perspective, BigDecimal> zero = new HashMap<>();
        zero.put(Perspective.STAKEHOLDER, bd("0"));
        assertThatThrownBy(() -> new PerspectiveWeights("Z", zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid entry");
        assertThat(PerspectiveWeights.FOUR.weight(Perspective.CUSTOMER)).isEqualByComparingTo("15");
        assertThat(PerspectiveWeights.FOUR.weight(Perspective.STAKEHOLDER_CUSTOMER)).isNull();
    }

    @Test
    void periodConsolidationEdges() {
        RawValue first = RawValue.of(1, 2);
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.TAKE_LAST_KNOWN,
                Arrays.asList(first, null, RawValue.of(3, 4)), 2)).isSameAs(first);
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.TAKE_LAST_KNOWN,
                List.of(first, RawValue.of(3, 4)), 1)).isSameAs(first);
        assertThatThrownBy(() -> PeriodConsolidator.consolidateRaw(PeriodConsolidation.TAKE_LAST_KNOWN,
                List.of(first), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nckoRejectsAValueForAPerspectiveOutsideTheSet() {
        Map<Perspective, BigDecimal> np = new HashMap<>();
        np.put(Perspective.INTERNAL_PROCESS, bd("90"));
        np.put(Perspective.STAKEHOLDER_CUSTOMER, null);
        assertThat(Aggregation.ncko(np, PerspectiveWeights.FOUR.weights())).isEqualByComparingTo("90");
        np.put(Perspective.STAKEHOLDER_CUSTOMER, bd("80"));
        assertThatThrownBy(() -> Aggregation.ncko(np, PerspectiveWeights.FOUR.weights()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STAKEHOLDER_CUSTOMER");
        assertThat(Aggregation.nss(List.of(bd("90"), bd("60")), List.of(bd("2"), bd("1"))))
                .isEqualByComparingTo("80");
    }

    @Test
    void bobotUnderARulebook() {
        IndicatorInput in = IndicatorInput.builder("A").validity(Validity.EXACT).control(Control.LOW)
                .quality(QualityTier.values()[0]).build();
        assertThat(Weights.bobot(Rulebooks.KEMENLU_BSC, true, in))
                .isEqualByComparingTo(Weights.validityControl(Validity.EXACT, Control.LOW));
        assertThat(Weights.bobot(Rulebooks.MARVES, true, in))
                .isEqualByComparingTo(Weights.qualityTier(QualityTier.values()[0]));
    }
}
