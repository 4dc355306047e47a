package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RulebookTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scoring/bands.csv", numLinesToSkip = 1)
    void bandsAndPredikatAreJudgedOnTheRoundedValue(String name, BigDecimal value, Band band, String kemenlu,
                                                    String marves, String kemenkeu) {
        assertThat(Rulebooks.KEMENLU_BSC.band(value)).isEqualTo(band);
        assertThat(Rulebooks.MARVES.band(value)).isEqualTo(band);
        assertThat(Rulebooks.KEMENLU_BSC.predikat(value).label()).isEqualTo(kemenlu);
        assertThat(Rulebooks.KEMENLU_BSC.predikat(value).code()).isEqualTo(band.name());
        assertThat(Rulebooks.MARVES.predikat(value).label()).isEqualTo(marves);
        assertThat(Rulebooks.KEMENKEU.predikat(value).label()).isEqualTo(kemenkeu);
    }

    @Test
    void nullScoreHasNoBandNorPredikat() {
        assertThat(Rulebooks.MARVES.band(null)).isNull();
        assertThat(Rulebooks.MARVES.predikat(null)).isNull();
    }

    @Test
    void shippedRulebooks() {
        Rulebook k = Rulebooks.KEMENLU_BSC;
        assertThat(k.weightingScheme()).isEqualTo(WeightingScheme.VALIDITY_CONTROL);
        assertThat(k.rollUp()).isEqualTo(RollUp.NCKO);
        assertThat(k.predikatFromStatusBand()).isTrue();
        assertThat(k.perspectiveWeightSets().get(0).weights()).containsExactly(
                Map.entry(Perspective.STAKEHOLDER, bd("25")), Map.entry(Perspective.CUSTOMER, bd("15")),
                Map.entry(Perspective.INTERNAL_PROCESS, bd("30")), Map.entry(Perspective.LEARNING_GROWTH, bd("30")));
        assertThat(k.perspectiveWeightSets().get(1).weights()).containsExactly(
                Map.entry(Perspective.STAKEHOLDER_CUSTOMER, bd("40")),
                Map.entry(Perspective.INTERNAL_PROCESS, bd("30")), Map.entry(Perspective.LEARNING_GROWTH, bd("30")));
        assertThat(k.ikuCountLimit("ONE")).contains(IkuCountLimit.atMost(25));
        assertThat(k.ikuCountLimit("WIDE")).contains(IkuCountLimit.atMost(25));
        assertThat(k.ikuCountLimit("TWO")).contains(IkuCountLimit.atMost(20));
        assertThat(k.ikuCountLimit("FIVE")).contains(IkuCountLimit.atMost(10));
        assertThat(k.konversi120QuotaPercent()).isNull();
        assertThat(k.cap()).isEqualByComparingTo("120");
        assertThat(k.floor()).isEqualByComparingTo("0");
        assertThat(k.statusBand(Band.KUNING).label()).isEqualTo("Belum Memenuhi Ekspektasi");

        Rulebook m = Rulebooks.MARVES;
        assertThat(m.weightingScheme()).isEqualTo(WeightingScheme.QUALITY_TIER);
        assertThat(m.rollUp()).isEqualTo(RollUp.NKO);
        assertThat(m.konversi120QuotaPercent()).isEqualByComparingTo("20");
        assertThat(m.predikatBands()).extracting(PredikatBand::label)
                .containsExactly("Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang");

        Rulebook f = Rulebooks.KEMENKEU;
        assertThat(f.ikuCountLimit("ONE")).contains(IkuCountLimit.between(15, 20));
        assertThat(f.ikuCountLimit("THREE")).contains(IkuCountLimit.between(10, 20));
        assertThat(f.konversi120QuotaPercent()).isNull();
        assertThat(Rulebooks.byKey("KEMENKEU")).contains(f);
        assertThat(Rulebooks.byKey("X")).isEmpty();
    }

    @Test
    void rebuiltFromPlainValuesEqualsTheConstant() {
        Rulebook m = Rulebooks.MARVES;
        List<PredikatBand> bands = new ArrayList<>();
        for (PredikatBand b : m.predikatBands()) {
            bands.add(new PredikatBand(b.code(), b.label(), b.lower(), b.lowerInclusive(), b.upper(),
                    b.upperInclusive()));
        }
        Rulebook copy = new Rulebook("MARVES", WeightingScheme.QUALITY_TIER, RollUp.NKO, null, bands,
                new ArrayList<>(m.statusBands()), bd("120"), bd("0"), bd("20"), null, false)
                .withReportDeadlines(Map.of(Rulebook.ALL_LEVELS, 5))
                .withCalendarDeadlines(m.calendarDeadlines());
        assertThat(copy).isEqualTo(m);
    }

    @Test
    void componentsAreUnmodifiable() {
        Map<Perspective, BigDecimal> w = new LinkedHashMap<>();
        w.put(Perspective.INTERNAL_PROCESS, bd("50"));
        w.put(Perspective.LEARNING_GROWTH, bd("50"));
        PerspectiveWeights set = new PerspectiveWeights("TWO", w);
        w.put(Perspective.CUSTOMER, bd("1"));
        assertThat(set.weights()).hasSize(2);
        assertThatThrownBy(() -> set.weights().put(Perspective.CUSTOMER, bd("1")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Rulebooks.KEMENLU_BSC.ikuCountLimits().put("X", IkuCountLimit.atMost(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void canonicalConstructorValidates() {
        Rulebook k = Rulebooks.KEMENLU_BSC;
        // perspective weights must sum to 100
        Map<Perspective, BigDecimal> w = new LinkedHashMap<>();
        w.put(Perspective.INTERNAL_PROCESS, bd("30"));
        w.put(Perspective.LEARNING_GROWTH, bd("30"));
        assertThatThrownBy(() -> new PerspectiveWeights("BAD", w)).isInstanceOf(IllegalArgumentException.class);
        // NCKO needs a perspective set
        assertThatThrownBy(() -> new Rulebook("X", WeightingScheme.VALIDITY_CONTROL, RollUp.NCKO, List.of(),
                List.of(), k.statusBands(), bd("120"), bd("0"), null, Map.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
        // overlapping predikat bands
        List<PredikatBand> overlapping = List.of(
                new PredikatBand("A", "A", bd("90"), true, bd("100"), true),
                new PredikatBand("B", "B", bd("70"), true, bd("90"), true));
        assertThatThrownBy(() -> new Rulebook("X", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
                overlapping, k.statusBands(), bd("120"), bd("0"), null, Map.of(), false))
                .hasMessageContaining("overlaps");
        // predikat bands are required unless taken from the status bands
        assertThatThrownBy(() -> new Rulebook("X", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
                List.of(), k.statusBands(), bd("120"), bd("0"), null, Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        // floor below cap
        assertThatThrownBy(() -> new Rulebook("X", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
                Rulebooks.MARVES_PREDIKAT, k.statusBands(), bd("0"), bd("0"), null, Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        // quota 0..100
        assertThatThrownBy(() -> new Rulebook("X", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
                Rulebooks.MARVES_PREDIKAT, k.statusBands(), bd("120"), bd("0"), bd("101"), Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        // empty interval, unbounded interval
        assertThatThrownBy(() -> new PredikatBand("A", "A", bd("90"), false, bd("90"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PredikatBand("A", "A", null, false, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IkuCountLimit(20, 10)).isInstanceOf(IllegalArgumentException.class);
        // blank key
        assertThatThrownBy(() -> new Rulebook(" ", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
                Rulebooks.MARVES_PREDIKAT, k.statusBands(), bd("120"), bd("0"), null, Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perspectiveSetSelection() {
        Rulebook k = Rulebooks.KEMENLU_BSC;
        assertThat(k.perspectiveSetFor(List.of(Perspective.STAKEHOLDER, Perspective.LEARNING_GROWTH)))
                .map(PerspectiveWeights::code).contains("FOUR");
        assertThat(k.perspectiveSetFor(List.of(Perspective.STAKEHOLDER_CUSTOMER, Perspective.INTERNAL_PROCESS)))
                .map(PerspectiveWeights::code).contains("THREE");
        assertThat(k.perspectiveSetFor(List.of(Perspective.STAKEHOLDER, Perspective.STAKEHOLDER_CUSTOMER)))
                .isEmpty();
        assertThat(k.withPerspectiveWeightSets(List.of(PerspectiveWeights.THREE)).perspectiveWeightSets())
                .containsExactly(PerspectiveWeights.THREE);
    }

    @Test
    void displayRounding() {
        assertThat(Scores.display(bd("89.175"))).isEqualTo(bd("89.18"));
        assertThat(Scores.display(bd("100.004"))).isEqualTo(bd("100.00"));
        assertThat(Scores.display(bd("100.005"))).isEqualTo(bd("100.01"));
        assertThat(Scores.display(bd("69.995"))).isEqualTo(bd("70.00"));
        assertThat(Scores.display(bd("1E+2"))).isEqualTo(bd("100.00"));
        assertThat(Scores.display(null)).isNull();
        assertThat(Scores.format(bd("89.175"))).isEqualTo("89,18");
        assertThat(Scores.format(null)).isEqualTo("n/a");
        assertThat(Scores.notation(bd("137.50"))).isEqualTo("137,5");
        assertThat(Scores.notation(bd("0.000"))).isEqualTo("0");
    }
}
