package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RewardSanctionTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/reward_sanction.csv", numLinesToSkip = 1)
    void vectors(String name, BigDecimal akip, BigDecimal budget, RewardBand akipBand, RewardBand budgetBand,
                 BigDecimal weight) {
        RewardSanctionResult r = RewardSanction.weight(akip, budget);
        assertThat(r.akipCategory()).isEqualTo(akipBand);
        assertThat(r.budgetBand()).isEqualTo(budgetBand);
        assertThat(r.weightPercent()).isEqualByComparingTo(weight);
    }

    @Test
    void outOfRangeIsRejected() {
        assertThatThrownBy(() -> RewardSanction.band(bd("100.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RewardSanction.band(bd("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
