package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static id.kinerja.scoring.TestValues.expected;
import static id.kinerja.scoring.TestValues.nums;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

class PeriodConsolidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/period_consolidation.csv", numLinesToSkip = 1)
    void vectors(String name, PeriodConsolidation type, String values, int upTo, String expected) {
        BigDecimal actual = PeriodConsolidator.consolidate(type, nums(values), upTo);
        assertThat(Scores.display(actual)).isEqualTo(expected(expected));
        // array form agrees
        BigDecimal viaArray = PeriodConsolidator.consolidate(type, nums(values).toArray(new BigDecimal[0]), upTo);
        assertThat(viaArray).isEqualTo(actual);
    }

    @Test
    void averageKeepsFullPrecision() {
        BigDecimal v = PeriodConsolidator.consolidate(PeriodConsolidation.AVERAGE, nums("15 20 30 20"), 3);
        assertThat(v.precision()).isGreaterThanOrEqualTo(30);
        assertThat(v.toPlainString()).startsWith("21.66666666666666");
    }

    @Test
    void consolidateAllIsTheYear() {
        assertThat(PeriodConsolidator.consolidateAll(PeriodConsolidation.AVERAGE, nums("80 70 75 70")))
                .isEqualByComparingTo("73.75");
    }

    @Test
    void rejectsPeriodZero() {
        assertThatThrownBy(() -> PeriodConsolidator.consolidate(PeriodConsolidation.SUM, nums("1 2"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioFromRawData() {
        assertThat(PeriodConsolidator.ratio(bd("8"), bd("10"))).isEqualByComparingTo("80");
        assertThat(PeriodConsolidator.ratio(bd("0"), bd("0"))).isNull();
        assertThat(PeriodConsolidator.ratio(null, bd("10"))).isNull();
        assertThat(Scores.display(PeriodConsolidator.ratio(bd("1"), bd("3")))).isEqualByComparingTo("33.33");
    }

    @Test
    void rawDataUpToPeriod() {
        List<RawValue> periods = Arrays.asList(RawValue.of(1, 5), null, RawValue.of(3, 5), RawValue.of(0, 0));
        // SUM pools the raw data of the periods: (1 + 3) / (5 + 5)
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.SUM, periods, 3).ratio())
                .isEqualByComparingTo("40");
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.AVERAGE, periods, 3).ratio())
                .isEqualByComparingTo("40");
        // TAKE_LAST_KNOWN: the latest complete pair (0/0 is complete but its ratio is n/a)
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.TAKE_LAST_KNOWN, periods, 3))
                .isEqualTo(RawValue.of(3, 5));
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.TAKE_LAST_KNOWN, periods, 4).ratio())
                .isNull();
        assertThat(PeriodConsolidator.consolidateRaw(PeriodConsolidation.SUM, Arrays.asList(null, null), 2))
                .isNull();
    }
}
