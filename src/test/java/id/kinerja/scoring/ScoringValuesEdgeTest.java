package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact edges of the small value types of the engine (intervals, limits, scales, ranges). */
class ScoringValuesEdgeTest {

    @ParameterizedTest(name = "display({0}) = {1}")
    @CsvSource({
            "89.175, 89.18",
            "100.004, 100.00",
            // exactly NOISE_SCALE decimals: kept as is, then HALF_UP to 2
            "1.00500000000000000000, 1.01",
            // 21 decimals: first cut to 20 (HALF_UP), then to 2
            "1.004999999999999999995, 1.01",
            "1.004999999999999999994, 1.00",
            "7, 7.00"})
    void displayRoundsHalfUpAfterRemovingNoise(BigDecimal value, String expected) {
        assertThat(Scores.display(value)).isEqualByComparingTo(bd(expected));
        assertThat(Scores.display(value).scale()).isEqualTo(2);
        assertThat(Scores.display(null)).isNull();
    }

    @ParameterizedTest(name = "notation({0}) = {1}")
    @CsvSource({
            "137.50, '137,5'",
            "7.00, '7'",
            "21.666, '21,67'",
            "21.67, '21,67'",
            "0.00, '0'",
            "0.001, '0'",
            "1.5, '1,5'"})
    void notationIsCompact(BigDecimal value, String expected) {
        assertThat(Scores.notation(value)).isEqualTo(expected);
        assertThat(Scores.notation(null)).isEqualTo("n/a");
    }

    @Test
    void divisionAndComparison() {
        assertThat(Scores.divide(bd("1"), bd("4"))).isEqualByComparingTo("0.25");
        assertThat(Scores.ge(bd("2"), bd("2"))).isTrue();
        assertThat(Scores.ge(bd("2.01"), bd("2"))).isTrue();
        assertThat(Scores.ge(bd("1.99"), bd("2"))).isFalse();
        assertThat(Scores.format(bd("89.175"))).isEqualTo("89,18");
        assertThat(Scores.format(null)).isEqualTo("n/a");
    }

    @ParameterizedTest(name = "{0} in {1}{2}..{3}{4} = {5}")
    @CsvSource({
            "80, 80, true, 100, false, true",
            "80, 80, false, 100, false, false",
            "79.99, 80, true, 100, false, false",
            "100, 80, true, 100, false, false",
            "100, 80, true, 100, true, true",
            "100.01, 80, true, 100, true, false",
            "99.99, 80, false, 100, false, true",
            "-5, , false, 0, true, true",
            "1000, 0, true, , false, true"})
    void withinAtExactEdges(BigDecimal x, BigDecimal lo, boolean loInc, BigDecimal hi, boolean hiInc, boolean in) {
        assertThat(Scores.within(x, lo, loInc, hi, hiInc)).isEqualTo(in);
    }

    @ParameterizedTest(name = "[{0}{1}..{2}{3}] vs [{4}{5}..{6}{7}] = {8}")
    @CsvSource({
            // touching at 100, both closed: one shared point
            "80, true, 100, true, 100, true, 120, true, true",
            // touching at 100, one side open: disjoint
            "80, true, 100, false, 100, true, 120, true, false",
            "80, true, 100, true, 100, false, 120, true, false",
            // clearly apart
            "0, true, 50, true, 60, true, 70, true, false",
            // nested
            "0, true, 100, true, 10, true, 20, true, true",
            // second entirely below first, touching at 0
            "0, true, 10, true, -10, true, 0, true, true",
            "0, false, 10, true, -10, true, 0, true, false",
            "0, true, 10, true, -10, true, 0, false, false",
            "0, true, 10, true, -10, true, -1, true, false",
            // unbounded bounds
            ", false, 10, true, 5, true, , false, true",
            ", false, 10, true, 11, true, , false, false",
            "5, true, , false, , false, 4, true, false"})
    void overlapsAtExactEdges(BigDecimal lo1, boolean lo1Inc, BigDecimal hi1, boolean hi1Inc,
                              BigDecimal lo2, boolean lo2Inc, BigDecimal hi2, boolean hi2Inc, boolean overlap) {
        assertThat(Scores.overlaps(lo1, lo1Inc, hi1, hi1Inc, lo2, lo2Inc, hi2, hi2Inc)).isEqualTo(overlap);
        assertThat(Scores.overlaps(lo2, lo2Inc, hi2, hi2Inc, lo1, lo1Inc, hi1, hi1Inc)).isEqualTo(overlap);
    }

    @Test
    void intervalChecks() {
        Scores.checkInterval("x", bd("100"), true, bd("100"), true);
        Scores.checkInterval("x", null, false, bd("1"), false);
        Scores.checkInterval("x", bd("1"), false, null, false);
        Scores.checkInterval("x", bd("1"), false, bd("1.01"), false);
        assertThatThrownBy(() -> Scores.checkInterval("x", null, true, null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one bound");
        assertThatThrownBy(() -> Scores.checkInterval("x", bd("100"), true, bd("100"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
        assertThatThrownBy(() -> Scores.checkInterval("x", bd("100"), false, bd("100"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
        assertThatThrownBy(() -> Scores.checkInterval("x", bd("100.01"), true, bd("100"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
    }

    @Test
    void ikuCountLimitEdges() {
        IkuCountLimit between = IkuCountLimit.between(3, 5);
        assertThat(between.tooFew(2)).isTrue();
        assertThat(between.tooFew(3)).isFalse();
        assertThat(between.tooMany(5)).isFalse();
        assertThat(between.tooMany(6)).isTrue();
        IkuCountLimit atMost = IkuCountLimit.atMost(5);
        assertThat(atMost.tooFew(0)).isFalse();
        assertThat(atMost.tooMany(5)).isFalse();
        assertThat(atMost.tooMany(6)).isTrue();
        IkuCountLimit atLeast = new IkuCountLimit(2, null);
        assertThat(atLeast.tooMany(1000)).isFalse();
        assertThat(atLeast.tooFew(1)).isTrue();
        // zero and equal bounds are valid limits
        assertThat(new IkuCountLimit(0, 0).tooMany(1)).isTrue();
        assertThat(IkuCountLimit.between(4, 4).tooFew(4)).isFalse();
        assertThat(IkuCountLimit.atMost(0).max()).isZero();
        assertThat(new IkuCountLimit(0, null).min()).isZero();
        assertThatThrownBy(() -> new IkuCountLimit(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IkuCountLimit(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IkuCountLimit(null, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IkuCountLimit.between(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IkuCountLimit(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IkuCountLimit(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusBandEdges() {
        StatusBand kuning = new StatusBand(Band.KUNING, "Belum", bd("80"), true, bd("100"), false);
        StatusBand hijau = new StatusBand(Band.HIJAU, "Memenuhi", bd("100"), true, bd("120"), true);
        StatusBand hijauTutup = new StatusBand(Band.HIJAU, "Memenuhi", bd("99.99"), true, bd("120"), true);
        assertThat(kuning.contains(bd("80"))).isTrue();
        assertThat(kuning.contains(bd("100"))).isFalse();
        assertThat(hijau.contains(bd("100"))).isTrue();
        assertThat(kuning.overlaps(hijau)).isFalse();
        assertThat(kuning.overlaps(hijauTutup)).isTrue();
        assertThat(hijauTutup.overlaps(kuning)).isTrue();
        assertThatThrownBy(() -> new StatusBand(null, "x", bd("1"), true, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a band");
        assertThatThrownBy(() -> new StatusBand(Band.HIJAU, null, bd("1"), true, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a label");
        assertThatThrownBy(() -> new StatusBand(Band.HIJAU, " ", bd("1"), true, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a label");
        assertThatThrownBy(() -> new StatusBand(Band.HIJAU, "x", bd("2"), true, bd("1"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty interval");
    }

    @Test
    void qualitativeScaleEdges() {
        QualitativeScale opini = QualitativeScale.OPINI_BPK;
        assertThat(opini.find("WDP")).contains(bd("3"));
        assertThat(opini.find("XYZ")).isEmpty();
        assertThat(opini.find(null)).isEmpty();
        assertThat(opini.contains("TMP")).isTrue();
        assertThat(opini.contains("tmp")).isFalse();
        assertThat(opini.contains(null)).isFalse();
        assertThat(opini.max()).isEqualByComparingTo("4");
        assertThat(opini.labelOf(bd("2.0"))).contains("TW");
        assertThat(opini.labelOf(null)).isEmpty();
        assertThat(opini.labelOf(bd("5"))).isEmpty();
        Map<String, BigDecimal> ties = new LinkedHashMap<>();
        ties.put("A", bd("1"));
        ties.put("B", bd("3"));
        ties.put("C", bd("3.0"));
        ties.put("D", bd("2"));
        QualitativeScale s = new QualitativeScale("S", ties);
        // the first of equal maxima is kept
        assertThat(s.max()).isEqualTo(bd("3"));
        assertThat(s.max().scale()).isZero();
        Map<String, BigDecimal> blank = new LinkedHashMap<>();
        blank.put(" ", bd("1"));
        Map<String, BigDecimal> nullKey = new LinkedHashMap<>();
        nullKey.put(null, bd("1"));
        assertThatThrownBy(() -> new QualitativeScale(null, ties)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a code");
        assertThatThrownBy(() -> new QualitativeScale(" ", ties)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a code");
        assertThatThrownBy(() -> new QualitativeScale("S", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one level");
        assertThatThrownBy(() -> new QualitativeScale("S", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one level");
        assertThatThrownBy(() -> new QualitativeScale("S", blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank label");
        assertThatThrownBy(() -> new QualitativeScale("S", nullKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank label");
    }

    @Test
    void targetRangeIsClosed() {
        TargetRange r = TargetRange.of(bd("10"), bd("20"));
        assertThat(r.contains(bd("10"))).isTrue();
        assertThat(r.contains(bd("20"))).isTrue();
        assertThat(r.contains(bd("9.99"))).isFalse();
        assertThat(r.contains(bd("20.01"))).isFalse();
        TargetRange p = TargetRange.point(bd("7"));
        assertThat(p).isEqualTo(new TargetRange(bd("7"), bd("7")));
        assertThat(p.contains(bd("7.0"))).isTrue();
        assertThat(p.contains(bd("7.01"))).isFalse();
        assertThat(p.contains(bd("6.99"))).isFalse();
    }

    @Test
    void fieldViolationValueSemantics() {
        FieldViolation a = new FieldViolation("indicators[0].target", "c", new Object[] {"x"});
        assertThat(a).isEqualTo(new FieldViolation("indicators[0].target", "c", new Object[] {"x"}));
        assertThat(a).isNotEqualTo(new FieldViolation("indicators[1].target", "c", new Object[] {"x"}));
        assertThat(a).isNotEqualTo(new FieldViolation("indicators[0].target", "d", new Object[] {"x"}));
        assertThat(a).isNotEqualTo(new FieldViolation("indicators[0].target", "c", new Object[] {"y"}));
        assertThat(a).isNotEqualTo("indicators[0].target");
        assertThat(a.hashCode()).isEqualTo(new FieldViolation("indicators[0].target", "c", new Object[] {"x"}).hashCode());
        assertThat(a.hashCode()).isNotEqualTo(new FieldViolation("p", "q").hashCode());
        assertThat(a.toString()).isEqualTo("indicators[0].target: c [x]");
        assertThat(new FieldViolation("p", "q").toString()).isEqualTo("p: q");
        assertThat(new FieldViolation("p", "q", null).args()).isEmpty();
    }

    @Test
    void rawValueAndIndicatorResult() {
        assertThat(RawValue.of(1, 2).complete()).isTrue();
        assertThat(new RawValue(null, bd("2")).complete()).isFalse();
        assertThat(new RawValue(bd("1"), null).complete()).isFalse();
        assertThat(RawValue.of(1, 4).ratio()).isEqualByComparingTo("25");
        IndicatorResult na = new IndicatorResult("IKU", "SS", Perspective.values()[0], null, bd("1"), null, null, null);
        assertThat(na.available()).isFalse();
        assertThat(na.capaianRounded()).isNull();
        IndicatorResult ok = new IndicatorResult("IKU", "SS", Perspective.values()[0], bd("89.175"), bd("1"),
                bd("33.3333"), Band.KUNING, null);
        assertThat(ok.available()).isTrue();
        assertThat(ok.capaianRounded()).isEqualTo(bd("89.18"));
        assertThat(ok.bobotTertimbangRounded()).isEqualTo(bd("33.33"));
    }
}
