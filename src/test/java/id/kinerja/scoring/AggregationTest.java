package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.expected;
import static id.kinerja.scoring.TestValues.num;
import static id.kinerja.scoring.TestValues.nums;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AggregationTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/weighted_score.csv", numLinesToSkip = 1)
    void nssCkpNko(String name, String values, String weights, String expected) {
        BigDecimal actual = Aggregation.weightedScore(nums(values), nums(weights));
        assertThat(Scores.display(actual)).isEqualTo(expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/np_mean.csv", numLinesToSkip = 1)
    void np(String name, String nss, String expected) {
        assertThat(Scores.display(Aggregation.mean(nums(nss)))).isEqualTo(expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/ncko.csv", numLinesToSkip = 1)
    void ncko(String name, String stakeholder, String customer, String internal, String learning, String expected,
              String exact) {
        Map<Perspective, BigDecimal> np = new HashMap<>();
        np.put(Perspective.STAKEHOLDER, num(stakeholder));
        np.put(Perspective.CUSTOMER, num(customer));
        np.put(Perspective.INTERNAL_PROCESS, num(internal));
        np.put(Perspective.LEARNING_GROWTH, num(learning));
        BigDecimal actual = Aggregation.ncko(np, PerspectiveWeights.FOUR.weights());
        assertThat(Scores.display(actual)).isEqualTo(expected(expected));
        if (exact != null) {
            assertThat(actual).isEqualByComparingTo(exact);
        }
    }
}
