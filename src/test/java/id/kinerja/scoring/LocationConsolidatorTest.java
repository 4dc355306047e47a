package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.expected;
import static id.kinerja.scoring.TestValues.nums;
import static id.kinerja.scoring.TestValues.raws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LocationConsolidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/location.csv", numLinesToSkip = 1)
    void vectors(String name, LocationConsolidation type, String values, String expected) {
        BigDecimal actual = type == LocationConsolidation.RAW_DATA
                ? LocationConsolidator.rawData(raws(values))
                : LocationConsolidator.consolidate(type, nums(values));
        assertThat(Scores.display(actual)).isEqualTo(expected(expected));
    }

    @Test
    void tabel314SumsTheRawData() {
        RawValue sum = LocationConsolidator.sumRaw(raws("68/75 100/110 30/50 83/85"));
        assertThat(sum.numerator()).isEqualByComparingTo("281");
        assertThat(sum.denominator()).isEqualByComparingTo("320");
        assertThat(sum.ratio()).isEqualByComparingTo("87.8125");
    }

    @Test
    void rawDataChainsUpSeveralLevels() {
        RawValue two1 = LocationConsolidator.sumRaw(raws("1/5 1/5"));
        RawValue two2 = LocationConsolidator.sumRaw(raws("1/5 1/5"));
        assertThat(LocationConsolidator.rawData(List.of(two1, two2))).isEqualByComparingTo("20");
    }

    @Test
    void rawDataNeedsRawParts() {
        assertThatThrownBy(() -> LocationConsolidator.consolidate(LocationConsolidation.RAW_DATA, nums("1 2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
