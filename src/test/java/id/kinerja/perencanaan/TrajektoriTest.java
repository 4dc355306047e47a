package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.scoring.PeriodConsolidation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrajektoriTest {

    private static List<BigDecimal> nilai(String s) {
        return Arrays.stream(s.split(" ")).map(v -> v.equals("-") ? null : new BigDecimal(v)).toList();
    }

    @ParameterizedTest(name = "{0} {1} vs {2} → {3}")
    @CsvSource({
            "SUM,             1 2 2 1,       6,     true",
            "SUM,             1 2 2 1,       7,     false",
            "TAKE_LAST_KNOWN, 25 60 75 85,   85,    true",
            "TAKE_LAST_KNOWN, 25 60 75 80,   85,    false",
            "AVERAGE,         80 70 75 70,   73.75, true",
            "AVERAGE,         10 10 10 11,   10.25, true",
            "AVERAGE,         100 100 100 100, 100, true",
            "SUM,             1 2 - 1,       4,     false",
    })
    void trajectoryMustReproduceTheAnnualTarget(PeriodConsolidation k, String periode, BigDecimal tahunan,
            boolean cocok) {
        assertThat(Trajektori.cocok(k, tahunan, nilai(periode))).isEqualTo(cocok);
    }
}
