package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private final ScoringEngine engine = new ScoringEngine();

    /** One IKU per SS, MAXIMIZE against target 100, so NSS = realisation. */
    private static IndicatorInput iku(String code, String ss, Perspective p, String realization) {
        return IndicatorInput.builder(code).sasaran(ss).perspective(p).polarization(Polarization.MAXIMIZE)
                .target("100").realization(realization).validity(Validity.EXACT).control(Control.LOW).build();
    }

    /** Kemenlu Tabel 3.24/3.27: Np 90 / 89,5 / 85 / 92,5. */
    private static List<IndicatorInput> kemenluMap(String stakeholderRealization) {
        return List.of(
                iku("IKU1", "SS1", Perspective.STAKEHOLDER, stakeholderRealization),
                iku("IKU2", "SS2", Perspective.CUSTOMER, "99"),
                iku("IKU3", "SS3", Perspective.CUSTOMER, "80"),
                iku("IKU4", "SS4", Perspective.INTERNAL_PROCESS, "70"),
                iku("IKU5", "SS5", Perspective.INTERNAL_PROCESS, "80"),
                iku("IKU6", "SS6", Perspective.INTERNAL_PROCESS, "100"),
                iku("IKU7", "SS7", Perspective.INTERNAL_PROCESS, "90"),
                iku("IKU8", "SS8", Perspective.LEARNING_GROWTH, "100"),
                iku("IKU9", "SS9", Perspective.LEARNING_GROWTH, "90"),
                iku("IKU10", "SS10", Perspective.LEARNING_GROWTH, "100"),
                iku("IKU11", "SS11", Perspective.LEARNING_GROWTH, "80"));
    }

    @Test
    void kemenluNckoExample() {
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, kemenluMap("90"));
        assertThat(r.scoreType()).isEqualTo(ScoreType.NCKO);
        assertThat(r.perspectiveSetCode()).isEqualTo("FOUR");
        assertThat(r.score()).isEqualByComparingTo("89.175");
        assertThat(r.scoreRounded()).isEqualTo(bd("89.18"));
        assertThat(r.band()).isEqualTo(Band.KUNING);
        assertThat(r.predikat()).isEqualTo("Belum Memenuhi Ekspektasi");
        assertThat(r.predikatCode()).isEqualTo("KUNING");
        assertThat(r.perspectives()).extracting(PerspectiveResult::perspective).containsExactly(
                Perspective.STAKEHOLDER, Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS,
                Perspective.LEARNING_GROWTH);
        assertThat(r.perspectives()).extracting(PerspectiveResult::npRounded)
                .containsExactly(bd("90.00"), bd("89.50"), bd("85.00"), bd("92.50"));
        assertThat(r.perspectives()).extracting(PerspectiveResult::bobotTertimbangRounded)
                .containsExactly(bd("25.00"), bd("15.00"), bd("30.00"), bd("30.00"));
        assertThat(r.sasaran()).hasSize(11);
        assertThat(r.sasaran().get(1).nss()).isEqualByComparingTo("99");
        assertThat(r.sasaran().get(1).band()).isEqualTo(Band.KUNING);
        assertThat(r.sasaran().get(5).band()).isEqualTo(Band.HIJAU);
        assertThat(r.indicators().get(0).bobot()).isEqualByComparingTo("26");
        assertThat(r.indicators().get(0).bobotTertimbang()).isEqualByComparingTo("100");
    }

    @Test
    void kemenluNckoWithStakeholderNotAvailable() {
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, kemenluMap(null));
        assertThat(r.scoreRounded()).isEqualTo(bd("88.90"));
        PerspectiveResult stakeholder = r.perspectives().get(0);
        assertThat(stakeholder.np()).isNull();
        assertThat(stakeholder.bobot()).isEqualByComparingTo("25");
        assertThat(stakeholder.bobotTertimbang()).isNull();
        assertThat(stakeholder.band()).isNull();
        assertThat(r.perspectives()).extracting(PerspectiveResult::bobotTertimbangRounded)
                .containsExactly(null, bd("20.00"), bd("40.00"), bd("40.00"));
        assertThat(r.indicators().get(0).capaian()).isNull();
        assertThat(r.indicators().get(0).bobotTertimbang()).isNull();
        assertThat(r.indicators().get(0).formula().text()).isEqualTo("n/a");
        assertThat(r.sasaran().get(0).nss()).isNull();
    }

    @Test
    void nssOfTabel323ThroughTheFacade() {
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").sasaran("SS1").perspective(Perspective.CUSTOMER).target("10")
                        .validity(Validity.ACTIVITY).control(Control.MODERATE).build(),
                IndicatorInput.builder("B").sasaran("SS1").perspective(Perspective.CUSTOMER).target("10")
                        .realization("9").validity(Validity.PROXY).control(Control.MODERATE).build(),
                IndicatorInput.builder("C").sasaran("SS1").perspective(Perspective.CUSTOMER).target("20")
                        .realization("15").validity(Validity.EXACT).control(Control.LOW).build());
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, in);
        assertThat(r.sasaran()).singleElement().satisfies(s -> assertThat(s.nssRounded()).isEqualTo(bd("80.25")));
        assertThat(r.indicators()).extracting(IndicatorResult::bobot)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(bd("9"), bd("14"), bd("26"));
        assertThat(r.indicators()).extracting(IndicatorResult::bobotTertimbangRounded)
                .containsExactly(null, bd("35.00"), bd("65.00"));
        assertThat(r.scoreRounded()).isEqualTo(bd("80.25"));
        assertThat(r.perspectives().get(1).np()).isEqualByComparingTo("80.25");
        assertThat(r.indicators().get(2).formula().text()).isEqualTo("R / T × 100 = 15 / 20 × 100 = 75");
        assertThat(r.indicators().get(2).band()).isEqualTo(Band.MERAH);
    }

    @Test
    void bobotTertimbangOfTabel321() {
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").sasaran("SS1").perspective(Perspective.STAKEHOLDER).target("10")
                        .realization("10").validity(Validity.ACTIVITY).control(Control.MODERATE).build(),
                IndicatorInput.builder("B").sasaran("SS1").perspective(Perspective.STAKEHOLDER).target("10")
                        .realization("10").validity(Validity.PROXY).control(Control.HIGH).build(),
                IndicatorInput.builder("C").sasaran("SS1").perspective(Perspective.STAKEHOLDER).target("10")
                        .realization("10").validity(Validity.EXACT).control(Control.LOW).build());
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, in);
        assertThat(r.indicators()).extracting(IndicatorResult::bobotTertimbangRounded)
                .containsExactly(bd("19.57"), bd("23.91"), bd("56.52"));
    }

    @Test
    void ckpOfANonMapOwner() {
        // Tabel 3.29/3.30: validity-only weights, flat, typo corrected → 90
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").sasaran("SS1").target("100").realization("90")
                        .validity(Validity.EXACT).control(Control.HIGH).build(),
                IndicatorInput.builder("B").sasaran("SS1").target("100").realization("90")
                        .validity(Validity.EXACT).build(),
                IndicatorInput.builder("C").sasaran("SS2").target("100").realization("100")
                        .validity(Validity.PROXY).build(),
                IndicatorInput.builder("D").target("100").realization("80").validity(Validity.PROXY).build());
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, false, in);
        assertThat(r.scoreType()).isEqualTo(ScoreType.CKP);
        assertThat(r.score()).isEqualByComparingTo("90");
        assertThat(r.indicators()).extracting(IndicatorResult::bobotTertimbangRounded)
                .containsExactly(bd("30.00"), bd("30.00"), bd("20.00"), bd("20.00"));
        assertThat(r.sasaran()).isEmpty();
        assertThat(r.perspectives()).isEmpty();
        assertThat(r.perspectiveSetCode()).isNull();
        assertThat(r.band()).isEqualTo(Band.KUNING);
    }

    @Test
    void nkoOfMarves() {
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").target("100").realization("100").quality(QualityTier.ULTIMATE_OUTCOME)
                        .build(),
                IndicatorInput.builder("B").target("100").realization("80")
                        .quality(QualityTier.INTERMEDIATE_OUTCOME).build(),
                IndicatorInput.builder("C").polarization(Polarization.MINIMIZE).target("10").realization("8")
                        .quality(QualityTier.IMMEDIATE_OUTCOME).build(),
                IndicatorInput.builder("D").target("100").realization("60").quality(QualityTier.OUTPUT).build(),
                IndicatorInput.builder("E").target("100").quality(QualityTier.OUTPUT).build());
        ScoringResult r = engine.score(Rulebooks.MARVES, true, in);
        assertThat(r.scoreType()).isEqualTo(ScoreType.NKO);
        // (100×0,4 + 80×0,3 + 120×0,2 + 60×0,1) / 1,0 = 94; E n/a drops out
        assertThat(r.score()).isEqualByComparingTo("94");
        assertThat(r.predikat()).isEqualTo("Baik");
        assertThat(r.predikatCode()).isEqualTo("BAIK");
        assertThat(r.indicators()).extracting(IndicatorResult::bobotTertimbangRounded)
                .containsExactly(bd("40.00"), bd("30.00"), bd("20.00"), bd("10.00"), null);
        assertThat(engine.score(Rulebooks.KEMENKEU, false, in).predikat()).isEqualTo("Baik");
    }

    @Test
    void nkoRoundingDecidesThePredikat() {
        // 100,01 and 100 with equal weight → 100,005 → 100,01 → Istimewa
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").target("100").realization("100.01").quality(QualityTier.OUTPUT).build(),
                IndicatorInput.builder("B").target("100").realization("100").quality(QualityTier.OUTPUT).build());
        ScoringResult r = engine.score(Rulebooks.MARVES, false, in);
        assertThat(r.scoreRounded()).isEqualTo(bd("100.01"));
        assertThat(r.predikat()).isEqualTo("Istimewa");

        // 100,008 and 100 → 100,004 → 100,00 → Baik
        List<IndicatorInput> in2 = List.of(
                IndicatorInput.builder("A").target("100").realization("100.008").quality(QualityTier.OUTPUT).build(),
                IndicatorInput.builder("B").target("100").realization("100").quality(QualityTier.OUTPUT).build());
        ScoringResult r2 = engine.score(Rulebooks.MARVES, false, in2);
        assertThat(r2.score()).isEqualByComparingTo("100.004");
        assertThat(r2.scoreRounded()).isEqualTo(bd("100.00"));
        assertThat(r2.predikat()).isEqualTo("Baik");
        assertThat(r2.band()).isEqualTo(Band.HIJAU);
    }

    @Test
    void thirdsDoNotLoseTheHalfUp() {
        // capaian 200/3 and 100/3 + 0,015 … exact mean 50,015 → 50,02
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").target("3").realization("2").quality(QualityTier.OUTPUT).build(),
                IndicatorInput.builder("B").target("3").realization("1.0009").quality(QualityTier.OUTPUT).build());
        ScoringResult r = engine.score(Rulebooks.MARVES, false, in);
        // (66,666… + 33,363…) / 2 = (200 + 100,09) / 6 = 50,015
        assertThat(r.scoreRounded()).isEqualTo(bd("50.02"));
    }

    @Test
    void allNotAvailable() {
        List<IndicatorInput> in = List.of(
                IndicatorInput.builder("A").target("10").quality(QualityTier.OUTPUT).build(),
                IndicatorInput.builder("B").quality(QualityTier.OUTPUT).build());
        ScoringResult r = engine.score(Rulebooks.MARVES, false, in);
        assertThat(r.score()).isNull();
        assertThat(r.scoreRounded()).isNull();
        assertThat(r.available()).isFalse();
        assertThat(r.band()).isNull();
        assertThat(r.predikat()).isNull();
        assertThat(r.indicators()).allSatisfy(i -> {
            assertThat(i.capaian()).isNull();
            assertThat(i.bobotTertimbang()).isNull();
        });

        ScoringResult ncko = engine.score(Rulebooks.KEMENLU_BSC, true, List.of(
                IndicatorInput.builder("A").sasaran("SS1").perspective(Perspective.CUSTOMER)
                        .validity(Validity.EXACT).control(Control.LOW).build()));
        assertThat(ncko.score()).isNull();
        assertThat(ncko.perspectives()).allSatisfy(p -> assertThat(p.np()).isNull());

        assertThat(engine.score(Rulebooks.MARVES, false, List.of()).score()).isNull();
    }

    @Test
    void singleIku() {
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, List.of(
                IndicatorInput.builder("A").sasaran("SS1").perspective(Perspective.LEARNING_GROWTH)
                        .polarization(Polarization.STABILIZE).targetRange(TargetRange.of(bd("90"), bd("110")))
                        .realization("121").validity(Validity.PROXY).control(Control.MODERATE).build()));
        assertThat(r.score()).isEqualByComparingTo("90");
        assertThat(r.perspectives().get(3).bobotTertimbang()).isEqualByComparingTo("100");
        assertThat(r.indicators().get(0).formula().text())
                .isEqualTo("100 − (R / T atas × 100 − 100) = 100 − (121 / 110 × 100 − 100) = 90");
    }

    @Test
    void threePerspectiveMap() {
        List<IndicatorInput> in = List.of(
                iku("A", "SS1", Perspective.STAKEHOLDER_CUSTOMER, "90"),
                iku("B", "SS2", Perspective.INTERNAL_PROCESS, "80"),
                iku("C", "SS3", Perspective.LEARNING_GROWTH, "100"));
        ScoringResult r = engine.score(Rulebooks.KEMENLU_BSC, true, in);
        assertThat(r.perspectiveSetCode()).isEqualTo("THREE");
        // 90×40 + 80×30 + 100×30 = 9000 / 100
        assertThat(r.score()).isEqualByComparingTo("90");
        assertThat(r.perspectives()).hasSize(3);
    }

    @Test
    void konversi120QuotaOfMarves() {
        List<IndicatorInput> in = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            in.add(IndicatorInput.builder("K" + i).target("4").realization("4").maxTarget(i < 3)
                    .quality(QualityTier.OUTPUT).build());
        }
        ScoringValidationException e = catchThrowableOfType(ScoringValidationException.class,
                () -> engine.score(Rulebooks.MARVES, false, in));
        assertThat(e.violations()).containsExactly(new FieldViolation("indicators",
                "scoring.konversi120.quotaExceeded", new Object[] {3, 10, bd("20")}));
        // 2 of 10 is within the quota; Kemenkeu has no quota
        in.set(2, IndicatorInput.builder("K2").target("4").realization("4").quality(QualityTier.OUTPUT).build());
        assertThat(engine.validate(Rulebooks.MARVES, false, in)).isEmpty();
        in.set(2, IndicatorInput.builder("K2").target("4").realization("4").maxTarget(true)
                .quality(QualityTier.OUTPUT).build());
        assertThat(engine.validate(Rulebooks.KEMENKEU, false, in)).isEmpty();
    }

    @Test
    void validationCollectsEveryError() {
        List<IndicatorInput> in = Arrays.asList(
                // 0: no validity, forbidden pair impossible to judge, missing SS and perspective
                IndicatorInput.builder("A").target("10").realization("5").control(Control.LOW).build(),
                // 1: range with low > high
                IndicatorInput.builder("B").sasaran("SS1").perspective(Perspective.CUSTOMER)
                        .polarization(Polarization.STABILIZE).targetRange(TargetRange.of(bd("10"), bd("5")))
                        .realization("7").validity(Validity.EXACT).control(Control.MODERATE).build(),
                // 2: zero target under MAXIMIZE, forbidden pair
                IndicatorInput.builder("C").sasaran("SS1").perspective(Perspective.CUSTOMER).target("0")
                        .realization("5").validity(Validity.EXACT).control(Control.HIGH).build(),
                // 3: negative target, duplicate code, missing control
                IndicatorInput.builder("C").sasaran("SS2").perspective(Perspective.INTERNAL_PROCESS).target("-1")
                        .realization("5").validity(Validity.ACTIVITY).build(),
                // 4: missing target with realisation, range bound missing elsewhere
                IndicatorInput.builder("E").sasaran("SS2").perspective(Perspective.LEARNING_GROWTH)
                        .realization("1").validity(Validity.PROXY).control(Control.HIGH).build(),
                null,
                // 6: stabilize range missing low, konversi on stabilize
                IndicatorInput.builder(" ").sasaran("SS3").perspective(Perspective.LEARNING_GROWTH)
                        .polarization(Polarization.STABILIZE).targetRange(TargetRange.of(null, bd("5")))
                        .maxTarget(true).validity(Validity.PROXY).control(Control.HIGH).build());
        ScoringValidationException e = catchThrowableOfType(ScoringValidationException.class,
                () -> engine.score(Rulebooks.KEMENLU_BSC, true, in));
        assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                "indicators[0].validity scoring.validity.required",
                "indicators[0].sasaranCode scoring.sasaran.required",
                "indicators[0].perspective scoring.perspective.required",
                "indicators[1].targetRange scoring.targetRange.invalid",
                "indicators[2].target scoring.target.zero",
                "indicators[2].control scoring.bobot.forbiddenPair",
                "indicators[3].code scoring.code.duplicate",
                "indicators[3].target scoring.target.negative",
                "indicators[3].control scoring.control.required",
                "indicators[4].target scoring.target.required",
                "indicators[4].perspective scoring.sasaran.perspectiveConflict",
                "indicators[5] scoring.indicator.required",
                "indicators[6].code scoring.code.required",
                "indicators[6].targetRange.low scoring.targetRange.low.required",
                "indicators[6].maxTarget scoring.maxTarget.stabilize");
        FieldViolation pair = e.violations().get(5);
        assertThat(pair.args()).containsExactly("EXACT", "HIGH");
        assertThat(e.getMessage()).contains("indicators[2].target: scoring.target.zero");
    }

    @Test
    void requiredFieldsDependOnTheRulebook() {
        IndicatorInput bare = IndicatorInput.builder("A").target("10").realization("5").build();
        assertThat(engine.validate(Rulebooks.MARVES, true, List.of(bare)))
                .containsExactly(new FieldViolation("indicators[0].quality", "scoring.quality.required"));
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, false, List.of(bare)))
                .containsExactly(new FieldViolation("indicators[0].validity", "scoring.validity.required"));
        // non-map owner: control is optional and a "forbidden" pair is fine
        IndicatorInput eh = IndicatorInput.builder("A").target("10").realization("5").validity(Validity.EXACT)
                .control(Control.HIGH).build();
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, false, List.of(eh))).isEmpty();
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, true, List.of(eh))).extracting(FieldViolation::code)
                .containsExactly("scoring.bobot.forbiddenPair", "scoring.sasaran.required",
                        "scoring.perspective.required");
        assertThat(engine.validate(Rulebooks.MARVES, true, null))
                .containsExactly(new FieldViolation("indicators", "scoring.indicators.required"));
    }

    @Test
    void zeroTargetRules() {
        IndicatorInput.Builder b = IndicatorInput.builder("A").target("0").realization("0")
                .quality(QualityTier.OUTPUT);
        assertThat(engine.validate(Rulebooks.MARVES, false, List.of(b.polarization(Polarization.MINIMIZE).build())))
                .isEmpty();
        assertThat(engine.validate(Rulebooks.MARVES, false,
                List.of(b.polarization(Polarization.STABILIZE).build())))
                .containsExactly(new FieldViolation("indicators[0].target", "scoring.target.zero",
                        new Object[] {"STABILIZE"}));
        // n/a realisation without a target is fine when scoring, not when planning
        IndicatorInput notDue = IndicatorInput.builder("A").quality(QualityTier.OUTPUT).build();
        assertThat(engine.validate(Rulebooks.MARVES, false, List.of(notDue))).isEmpty();
        assertThat(engine.validatePlan(Rulebooks.MARVES, null, false, List.of(notDue)))
                .containsExactly(new FieldViolation("indicators[0].target", "scoring.target.required"));
        // range on a non-stabilize IKU
        IndicatorInput rangeMax = IndicatorInput.builder("A").targetRange(TargetRange.of(bd("1"), bd("2")))
                .realization("1").quality(QualityTier.OUTPUT).build();
        assertThat(engine.validate(Rulebooks.MARVES, false, List.of(rangeMax))).extracting(FieldViolation::path)
                .containsExactly("indicators[0].targetRange");
    }

    @Test
    void perspectivesMustComeFromOneSet() {
        List<IndicatorInput> in = List.of(
                iku("A", "SS1", Perspective.STAKEHOLDER, "90"),
                iku("B", "SS2", Perspective.CUSTOMER, "90"),
                iku("C", "SS3", Perspective.STAKEHOLDER_CUSTOMER, "90"));
        assertThat(engine.validate(Rulebooks.KEMENLU_BSC, true, in)).containsExactly(
                new FieldViolation("indicators[2].perspective", "scoring.perspective.mixedSets",
                        new Object[] {"STAKEHOLDER_CUSTOMER", "FOUR"}));
        Rulebook threeOnly = Rulebooks.KEMENLU_BSC.withPerspectiveWeightSets(List.of(PerspectiveWeights.THREE));
        assertThat(engine.validate(threeOnly, true, List.of(iku("A", "SS1", Perspective.STAKEHOLDER, "90"))))
                .containsExactly(new FieldViolation("indicators[0].perspective", "scoring.perspective.notInRulebook",
                        new Object[] {"STAKEHOLDER", "KEMENLU_BSC"}));
    }

    @Test
    void planValidationChecksIkuCount() {
        List<IndicatorInput> in = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            in.add(IndicatorInput.builder("K" + i).target("1").validity(Validity.EXACT).build());
        }
        assertThat(engine.validatePlan(Rulebooks.KEMENLU_BSC, "THREE", false, in)).containsExactly(
                new FieldViolation("indicators", "scoring.iku.tooMany", new Object[] {11, 10, "THREE"}));
        assertThat(engine.validatePlan(Rulebooks.KEMENLU_BSC, "TWO", false, in)).isEmpty();
        List<IndicatorInput> q = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            q.add(IndicatorInput.builder("K" + i).target("1").quality(QualityTier.OUTPUT).build());
        }
        assertThat(engine.validatePlan(Rulebooks.KEMENKEU, "ONE", true, q)).containsExactly(
                new FieldViolation("indicators", "scoring.iku.tooFew", new Object[] {12, 15, "ONE"}));
    }

    @Test
    void scoreTypes() {
        assertThat(ScoringEngine.scoreTypeFor(Rulebooks.KEMENLU_BSC, true)).isEqualTo(ScoreType.NCKO);
        assertThat(ScoringEngine.scoreTypeFor(Rulebooks.KEMENLU_BSC, false)).isEqualTo(ScoreType.CKP);
        assertThat(ScoringEngine.scoreTypeFor(Rulebooks.MARVES, true)).isEqualTo(ScoreType.NKO);
        assertThatThrownBy(() -> engine.score(null, true, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void threadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BigDecimal>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> engine.score(Rulebooks.KEMENLU_BSC, true, kemenluMap("90")).score()));
            }
            for (Future<BigDecimal> f : futures) {
                assertThat(f.get()).isEqualByComparingTo("89.175");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
