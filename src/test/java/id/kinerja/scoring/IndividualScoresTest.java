package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static id.kinerja.scoring.TestValues.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class IndividualScoresTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/ckp_tahunan.csv", numLinesToSkip = 1)
    void ckpTahunan(String name, String versions, String expected) {
        List<CkpVersion> list = new ArrayList<>();
        for (String v : versions.split("\\s+")) {
            String[] p = v.split(":");
            list.add(CkpVersion.of(p[0], Integer.parseInt(p[1])));
        }
        assertThat(Scores.display(IndividualScores.ckpTahunan(list))).isEqualTo(expected(expected));
    }

    @Test
    void ckpTahunanRejectsMoreThanFourQuarters() {
        assertThatThrownBy(() -> IndividualScores.ckpTahunan(List.of(CkpVersion.of("100", 3), CkpVersion.of("90", 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IndividualScores.ckpTahunan(List.of())).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/nckp.csv", numLinesToSkip = 1)
    void nckp(String name, BigDecimal ckp, BigDecimal np, String expectedNckp, NckpStatus status) {
        BigDecimal nckp = IndividualScores.nckp(ckp, np);
        assertThat(Scores.display(nckp)).isEqualTo(expected(expectedNckp));
        assertThat(IndividualScores.nckpStatus(nckp)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/np_annual.csv", numLinesToSkip = 1)
    void annualNp(String name, String s1, String s2, int unrated, String expected) {
        assertThat(Scores.display(IndividualScores.annualNp(semester(s1), semester(s2), unrated)))
                .isEqualTo(expected(expected));
    }

    private static SemesterNp semester(String s) {
        switch (s) {
            case "UNRATED":
                return SemesterNp.UNRATED;
            case "NOT_APPLICABLE":
                return SemesterNp.NOT_APPLICABLE;
            default:
                return SemesterNp.rated(s);
        }
    }

    @Test
    void evaluatorPenalty() {
        assertThat(IndividualScores.evaluatorPenalty(0)).isEqualByComparingTo("0");
        assertThat(IndividualScores.evaluatorPenalty(2)).isEqualByComparingTo("4");
        assertThat(IndividualScores.evaluatorPenalty(5)).isEqualByComparingTo("10");
        assertThat(IndividualScores.evaluatorPenalty(9)).isEqualByComparingTo("10");
    }

    @Test
    void semesterNpIsAtMost100() {
        assertThatThrownBy(() -> SemesterNp.rated("100.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemesterNp.rated("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SemesterNp.rated("100").effectiveValue()).isEqualByComparingTo(bd("100"));
    }

    @Test
    void ckpOfNonMapOwnerIsTheFlatWeightedScore() {
        // Tabel 3.29/3.30 through the building block
        BigDecimal ckp = Aggregation.flat(List.of(bd("90"), bd("90"), bd("100"), bd("80")),
                List.of(Weights.validityOnly(Validity.EXACT), Weights.validityOnly(Validity.EXACT),
                        Weights.validityOnly(Validity.PROXY), Weights.validityOnly(Validity.PROXY)));
        assertThat(ckp).isEqualByComparingTo("90");
    }
}
