package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static id.kinerja.scoring.TestValues.expected;
import static id.kinerja.scoring.TestValues.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CapaianTest {

    private static final BigDecimal CAP = bd("120");
    private static final BigDecimal FLOOR = BigDecimal.ZERO;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/capaian.csv", numLinesToSkip = 1)
    void vectors(String name, Polarization polarization, String target, String low, String high, String realization,
                 boolean maxTarget, String expected, String formula) {
        TargetRange range = low == null ? null : TargetRange.of(num(low), num(high));
        CapaianResult r = Capaian.compute(polarization, num(target), range, num(realization), maxTarget, CAP, FLOOR);
        assertThat(r.rounded()).isEqualTo(expected(expected));
        assertThat(r.available()).isEqualTo(expected(expected) != null);
        if (formula != null) {
            assertThat(r.formula().text()).isEqualTo(formula);
        }
    }

    @Test
    void capAndFloorComeFromTheRulebook() {
        CapaianResult r = Capaian.compute(Rulebooks.MARVES, Polarization.MINIMIZE, bd("8"), null, bd("5"), false);
        assertThat(r.value()).isEqualByComparingTo("120");
        assertThat(r.raw()).isEqualByComparingTo("137.5");
        assertThat(r.capped()).isTrue();
        assertThat(r.formula().steps()).hasSize(2);
        assertThat(r.formula().steps().get(1).key()).isEqualTo(FormulaStep.CAPPED);

        CapaianResult lowCap = Capaian.compute(Polarization.MAXIMIZE, bd("10"), null, bd("11.5"), false,
                bd("110"), BigDecimal.ZERO);
        assertThat(lowCap.value()).isEqualByComparingTo("110");
        CapaianResult konversi = Capaian.compute(Polarization.MAXIMIZE, bd("4"), null, bd("4"), true,
                bd("110"), BigDecimal.ZERO);
        assertThat(konversi.value()).isEqualByComparingTo("110");
        assertThat(konversi.konversi120()).isTrue();
    }

    @Test
    void negativeRealisationFloors() {
        CapaianResult r = Capaian.compute(Polarization.MAXIMIZE, bd("10"), null, bd("-3"), false, CAP, FLOOR);
        assertThat(r.value()).isEqualByComparingTo("0");
        assertThat(r.raw()).isEqualByComparingTo("-30");
        assertThat(r.floored()).isTrue();
    }

    @Test
    void fullPrecisionIsKept() {
        CapaianResult r = Capaian.compute(Polarization.MAXIMIZE, bd("3"), null, bd("2"), false, CAP, FLOOR);
        assertThat(r.value().toPlainString()).startsWith("66.666666666666666666");
        assertThat(r.rounded()).isEqualTo(bd("66.67"));
    }

    @Test
    void divisionNoiseDoesNotFlipHalfUp() {
        // T = AVERAGE(6, 7, 7) = 20/3, R = 6.001 → exact capaian 90.015 → 90.02
        BigDecimal t = PeriodConsolidator.consolidate(PeriodConsolidation.AVERAGE,
                new BigDecimal[] {bd("6"), bd("7"), bd("7")}, 3);
        CapaianResult r = Capaian.compute(Polarization.MAXIMIZE, t, null, bd("6.001"), false, CAP, FLOOR);
        assertThat(r.rounded()).isEqualTo(bd("90.02"));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThatThrownBy(() -> Capaian.compute(Polarization.MAXIMIZE, BigDecimal.ZERO, null, bd("1"), false, CAP,
                FLOOR)).hasMessageContaining("scoring.target.zero");
        assertThatThrownBy(() -> Capaian.compute(Polarization.STABILIZE, BigDecimal.ZERO, null, bd("1"), false, CAP,
                FLOOR)).hasMessageContaining("scoring.target.zero");
        assertThatThrownBy(() -> Capaian.compute(Polarization.MINIMIZE, bd("-1"), null, bd("1"), false, CAP,
                FLOOR)).hasMessageContaining("scoring.target.negative");
        assertThatThrownBy(() -> Capaian.compute(Polarization.MAXIMIZE, null, null, bd("1"), false, CAP,
                FLOOR)).hasMessageContaining("scoring.target.required");
        assertThatThrownBy(() -> Capaian.compute(Polarization.MAXIMIZE, null, TargetRange.of(bd("1"), bd("2")),
                bd("1"), false, CAP, FLOOR)).hasMessageContaining("scoring.targetRange.notStabilize");
        assertThatThrownBy(() -> Capaian.compute(Polarization.STABILIZE, null, TargetRange.of(bd("5"), bd("2")),
                bd("1"), false, CAP, FLOOR)).hasMessageContaining("scoring.targetRange.invalid");
        assertThatThrownBy(() -> Capaian.compute(Polarization.STABILIZE, bd("5"), null, bd("1"), true, CAP,
                FLOOR)).hasMessageContaining("scoring.maxTarget.stabilize");
    }

    @Test
    void opiniBpkScale() {
        QualitativeScale s = QualitativeScale.OPINI_BPK;
        assertThat(s.levels().keySet()).containsExactly("WTP", "WDP", "TW", "TMP");
        assertThat(s.valueOf("WTP")).isEqualByComparingTo("4");
        assertThat(s.valueOf("TMP")).isEqualByComparingTo("1");
        assertThat(s.max()).isEqualByComparingTo("4");
        assertThat(s.labelOf(bd("3.0"))).contains("WDP");
        assertThat(s.find("XYZ")).isEmpty();
        assertThatThrownBy(() -> s.valueOf("XYZ")).isInstanceOf(IllegalArgumentException.class);
        // §3: target WTP with konversi 120; realisation WDP → 75, WTP → 120
        assertThat(Capaian.compute(Polarization.MAXIMIZE, s.valueOf("WTP"), null, s.valueOf("WDP"), true, CAP, FLOOR)
                .value()).isEqualByComparingTo("75");
        assertThat(Capaian.compute(Polarization.MAXIMIZE, s.valueOf("WTP"), null, s.valueOf("WTP"), true, CAP, FLOOR)
                .value()).isEqualByComparingTo("120");
    }

    @Test
    void formulaStepDisplayArgs() {
        CapaianResult r = Capaian.compute(Polarization.MAXIMIZE, bd("35"), null, bd("40"), false, CAP, FLOOR);
        FormulaStep step = r.formula().steps().get(0);
        assertThat(step.key()).isEqualTo(FormulaStep.MAXIMIZE);
        assertThat(step.displayArgs()).containsExactly(bd("40"), bd("35"), bd("114.29"));
        assertThat(r.formula().toString()).isEqualTo("R / T × 100 = 40 / 35 × 100 = 114,29");
        assertThat(CapaianResult.NOT_AVAILABLE.formula().text()).isEqualTo("n/a");
    }
}
