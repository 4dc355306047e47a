package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.expected;
import static id.kinerja.scoring.TestValues.flags;
import static id.kinerja.scoring.TestValues.nums;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class WeightsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/validity_control.csv", numLinesToSkip = 1)
    void validityControlTable(String name, Validity validity, Control control, String expected) {
        if (expected.equals("FORBIDDEN")) {
            assertThat(Weights.isAllowed(validity, control)).isFalse();
            assertThatThrownBy(() -> Weights.validityControl(validity, control))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scoring.bobot.forbiddenPair");
        } else {
            assertThat(Weights.isAllowed(validity, control)).isTrue();
            assertThat(Weights.validityControl(validity, control)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void publishedIntegersSumTo100() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Validity v : Validity.values()) {
            for (Control c : Control.values()) {
                if (Weights.isAllowed(v, c)) {
                    sum = sum.add(Weights.validityControl(v, c));
                }
            }
        }
        assertThat(sum).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/weights_single.csv", numLinesToSkip = 1)
    void singleFactorWeights(String name, String scheme, String value, String expected) {
        BigDecimal actual = scheme.equals("VALIDITY")
                ? Weights.validityOnly(Validity.valueOf(value))
                : Weights.qualityTier(QualityTier.valueOf(value));
        assertThat(actual).isEqualByComparingTo(expected);
    }

    @Test
    void bobotBySchemeAndOwnership() {
        assertThat(Weights.bobot(WeightingScheme.VALIDITY_CONTROL, true, Validity.PROXY, Control.HIGH, null))
                .isEqualByComparingTo("11");
        // non-map owner: control neither weights nor restricts
        assertThat(Weights.bobot(WeightingScheme.VALIDITY_CONTROL, false, Validity.EXACT, Control.HIGH, null))
                .isEqualByComparingTo("21");
        assertThat(Weights.bobot(WeightingScheme.QUALITY_TIER, true, null, null, QualityTier.OUTPUT))
                .isEqualByComparingTo("0.1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/bobot_tertimbang.csv", numLinesToSkip = 1)
    void bobotTertimbang(String name, String bobot, String available, String expected) {
        List<BigDecimal> actual = Weights.normalise(nums(bobot), flags(available));
        List<BigDecimal> rounded = new ArrayList<>();
        for (BigDecimal v : actual) {
            rounded.add(Scores.display(v));
        }
        List<BigDecimal> want = new ArrayList<>();
        for (BigDecimal v : nums(expected)) {
            want.add(v == null ? null : expected(v.toPlainString()));
        }
        assertThat(rounded).isEqualTo(want);
    }
}
