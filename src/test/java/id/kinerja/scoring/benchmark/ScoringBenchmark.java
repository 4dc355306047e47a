package id.kinerja.scoring.benchmark;

import id.kinerja.scoring.Control;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.PeriodConsolidator;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualitativeScale;
import id.kinerja.scoring.RawValue;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.Rulebooks;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.ScoringResult;
import id.kinerja.scoring.TargetRange;
import id.kinerja.scoring.Validity;
import id.kinerja.scoring.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ministry-scale scoring timings (not a test). Generates a seeded Kemenlu-like data set in memory
 * — 15 Eselon I, 150 Eselon II, 250 perwakilan (map owners, NCKO) and individual PKs (CKP) up to
 * 6,000 PKs of 10–20 IKU with 4 quarters of target/realisation — then times scoring every PK
 * "s.d. TW II" and for the year, sequentially and on all cores.
 *
 * <p>Run: {@code ./mvnw -q -o test-compile && java -cp target/classes:target/test-classes
 * id.kinerja.scoring.benchmark.ScoringBenchmark [rounds] [warmup]}
 */
public final class ScoringBenchmark {

    private static final long SEED = 20_180_401L;
    private static final int ESELON_I = 15;
    private static final int ESELON_II = 150;
    private static final int PERWAKILAN = 250;
    private static final int TOTAL_PK = 6_000;
    private static final int QUARTERS = 4;

    private static final Rulebook RULEBOOK = Rulebooks.KEMENLU_BSC;

    /** One IKU of a PK with its quarterly data (index 0..3 = TW I..IV; null = n/a). */
    static final class Iku {
        String code;
        String sasaran;
        Perspective perspective;
        Polarization polarization;
        PeriodConsolidation consolidation;
        BigDecimal[] targets;
        BigDecimal[] realizations;
        List<RawValue> raw;
        TargetRange range;
        boolean maxTarget;
        Validity validity;
        Control control;
    }

    static final class Pk {
        final String owner;
        final boolean mapOwner;
        final Iku[] ikus;

        Pk(String owner, boolean mapOwner, Iku[] ikus) {
            this.owner = owner;
            this.mapOwner = mapOwner;
            this.ikus = ikus;
        }
    }

    private static final class Counts {
        long iku;
        long values;
        long notAvailable;
    }

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = Runtime.getRuntime().availableProcessors();

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        Counts counts = new Counts();
        Pk[] pks = generate(new Random(SEED), counts);
        long genMs = (System.nanoTime() - t0) / 1_000_000;
        long heapData = usedHeap() - heapBefore;

        int mapOwners = ESELON_I + ESELON_II + PERWAKILAN;
        System.out.printf("Kinerja scoring benchmark — %s, Java %s, %d cores%n", RULEBOOK.key(),
                System.getProperty("java.version"), threads);
        System.out.printf("data set: %d PKs (%d map owners → NCKO, %d individual → CKP), %d IKU, "
                        + "%d period values entered (targets + realisations or raw numerator/denominator, "
                        + "4 quarters), %d realisations n/a; generated in %d ms, ~%s MB heap%n",
                pks.length, mapOwners, pks.length - mapOwners, counts.iku, counts.values, counts.notAvailable,
                genMs, mb(heapData));

        ScoringEngine engine = new ScoringEngine();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] bestSeq = {Long.MAX_VALUE, Long.MAX_VALUE};
            long[] bestPar = {Long.MAX_VALUE, Long.MAX_VALUE};
            int[] periods = {2, 4};
            String[] names = {"s.d. TW II", "year (s.d. TW IV)"};
            BigDecimal[] checks = new BigDecimal[2];
            for (int round = -warmup; round < rounds; round++) {
                StringBuilder line = new StringBuilder(round < 0 ? "warm-up " : "round   ")
                        .append(String.format("%2d:", round < 0 ? round + warmup + 1 : round + 1));
                for (int p = 0; p < periods.length; p++) {
                    long s = System.nanoTime();
                    BigDecimal check = scoreRange(engine, pks, 0, pks.length, periods[p]);
                    long seq = System.nanoTime() - s;
                    s = System.nanoTime();
                    BigDecimal checkPar = scoreParallel(engine, pool, threads, pks, periods[p]);
                    long par = System.nanoTime() - s;
                    if (check.compareTo(checkPar) != 0) {
                        throw new IllegalStateException("parallel result differs");
                    }
                    checks[p] = check;
                    if (round >= 0) {
                        bestSeq[p] = Math.min(bestSeq[p], seq);
                        bestPar[p] = Math.min(bestPar[p], par);
                    }
                    line.append(String.format("  %s %7s ms (1 thread) %7s ms (%d threads)", names[p],
                            ms(seq), ms(par), threads));
                }
                System.out.println(line);
            }
            long ikuPerRound = counts.iku;
            for (int p = 0; p < periods.length; p++) {
                System.out.printf("best %-18s: %7s ms on 1 thread, %7s ms on %d threads — %d PKs, %d IKU scored "
                                + "(%s IKU/ms on 1 thread), %d period slots consolidated (target + realisation); "
                                + "checksum Σ score = %s%n",
                        names[p], ms(bestSeq[p]), ms(bestPar[p]), threads, pks.length, ikuPerRound,
                        BigDecimal.valueOf(ikuPerRound * 1_000_000L).divide(BigDecimal.valueOf(bestSeq[p]), 0,
                                RoundingMode.HALF_UP),
                        valuesRead(pks, periods[p]), checks[p].toPlainString());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("heap used after runs (before GC): %s MB; after GC: %s MB; max heap %s MB%n",
                mb(usedHeapNoGc()), mb(usedHeap()), mb(Runtime.getRuntime().maxMemory()));
    }

    // --------------------------------------------------------------------------------------------
    // scoring

    private static BigDecimal scoreParallel(ScoringEngine engine, ExecutorService pool, int threads, Pk[] pks,
                                            int period) throws Exception {
        List<Future<BigDecimal>> futures = new ArrayList<>(threads);
        int chunk = (pks.length + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(pks.length, from + chunk);
            futures.add(pool.submit(() -> scoreRange(engine, pks, from, to, period)));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Future<BigDecimal> f : futures) {
            sum = sum.add(f.get());
        }
        return sum;
    }

    /** Period-consolidates, scores every PK in [from, to) up to the period; returns Σ score as checksum. */
    static BigDecimal scoreRange(ScoringEngine engine, Pk[] pks, int from, int to, int period) {
        BigDecimal checksum = BigDecimal.ZERO;
        for (int k = from; k < to; k++) {
            Pk pk = pks[k];
            List<IndicatorInput> inputs = new ArrayList<>(pk.ikus.length);
            for (Iku iku : pk.ikus) {
                BigDecimal t = iku.range != null ? null
                        : PeriodConsolidator.consolidate(iku.consolidation, iku.targets, period);
                BigDecimal r;
                if (iku.raw != null) {
                    RawValue raw = PeriodConsolidator.consolidateRaw(iku.consolidation, iku.raw, period);
                    r = raw == null ? null : raw.ratio();
                } else {
                    r = PeriodConsolidator.consolidate(iku.consolidation, iku.realizations, period);
                }
                inputs.add(new IndicatorInput(iku.code, iku.sasaran, iku.perspective, iku.polarization, t, iku.range,
                        r, iku.maxTarget, iku.validity, iku.control, null));
            }
            ScoringResult result = engine.score(RULEBOOK, pk.mapOwner, inputs);
            if (result.score() != null) {
                checksum = checksum.add(result.scoreRounded());
            }
        }
        return checksum;
    }

    private static long valuesRead(Pk[] pks, int period) {
        long n = 0;
        for (Pk pk : pks) {
            n += (long) pk.ikus.length * period * 2;
        }
        return n;
    }

    // --------------------------------------------------------------------------------------------
    // data generation (seeded)

    private static final Validity[] VALIDITIES = Validity.values();
    private static final Control[] CONTROLS = Control.values();
    private static final PeriodConsolidation[] CONSOLIDATIONS = PeriodConsolidation.values();

    static Pk[] generate(Random rnd, Counts counts) {
        Pk[] pks = new Pk[TOTAL_PK];
        int k = 0;
        for (int i = 0; i < ESELON_I; i++) {
            pks[k++] = mapOwnerPk(rnd, "ES1-" + i, false, counts);
        }
        for (int i = 0; i < ESELON_II; i++) {
            pks[k++] = mapOwnerPk(rnd, "ES2-" + i, false, counts);
        }
        for (int i = 0; i < PERWAKILAN; i++) {
            pks[k++] = mapOwnerPk(rnd, "PWK-" + i, true, counts);
        }
        while (k < TOTAL_PK) {
            int n = 10 + rnd.nextInt(11);
            Iku[] ikus = new Iku[n];
            for (int j = 0; j < n; j++) {
                ikus[j] = iku(rnd, "IKU-" + j, null, null, false, counts);
            }
            pks[k] = new Pk("PEG-" + k, false, ikus);
            k++;
        }
        return pks;
    }

    private static Pk mapOwnerPk(Random rnd, String owner, boolean threePerspectives, Counts counts) {
        Perspective[] perspectives = threePerspectives
                ? new Perspective[] {Perspective.STAKEHOLDER_CUSTOMER, Perspective.INTERNAL_PROCESS,
                    Perspective.LEARNING_GROWTH}
                : new Perspective[] {Perspective.STAKEHOLDER, Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS,
                    Perspective.LEARNING_GROWTH};
        int n = 10 + rnd.nextInt(11);
        Iku[] ikus = new Iku[n];
        int ss = 0;
        int j = 0;
        while (j < n) {
            Perspective p = perspectives[Math.min(perspectives.length - 1, ss * perspectives.length / 8)];
            int inSs = Math.min(n - j, 1 + rnd.nextInt(3));
            for (int x = 0; x < inSs; x++) {
                ikus[j] = iku(rnd, "IKU-" + j, "SS-" + ss, p, true, counts);
                j++;
            }
            ss++;
        }
        return new Pk(owner, true, ikus);
    }

    private static BigDecimal dec(Random rnd, int min, int max, int scale) {
        long unscaled = (long) (min + rnd.nextInt(max - min + 1)) * pow10(scale) + rnd.nextInt((int) pow10(scale));
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static long pow10(int scale) {
        long p = 1;
        for (int i = 0; i < scale; i++) {
            p *= 10;
        }
        return p;
    }

    private static Iku iku(Random rnd, String code, String ss, Perspective p, boolean mapOwner, Counts counts) {
        Iku iku = new Iku();
        iku.code = code;
        iku.sasaran = ss;
        iku.perspective = p;
        iku.validity = VALIDITIES[rnd.nextInt(VALIDITIES.length)];
        iku.control = CONTROLS[rnd.nextInt(CONTROLS.length)];
        if (mapOwner) {
            while (!Weights.isAllowed(iku.validity, iku.control)) {
                iku.validity = VALIDITIES[rnd.nextInt(VALIDITIES.length)];
                iku.control = CONTROLS[rnd.nextInt(CONTROLS.length)];
            }
        }
        iku.targets = new BigDecimal[QUARTERS];
        iku.realizations = new BigDecimal[QUARTERS];
        // reporting frequency: 70 % quarterly, 20 % semesterly, 10 % yearly
        int freq = rnd.nextInt(10);
        boolean[] due = new boolean[QUARTERS];
        for (int q = 0; q < QUARTERS; q++) {
            due[q] = freq < 7 || (freq < 9 ? q % 2 == 1 : q == 3);
        }
        int kind = rnd.nextInt(100);
        counts.iku++;
        if (kind < 5) {
            // Opini BPK: qualitative, yearly, konversi 120, take last known
            iku.polarization = Polarization.MAXIMIZE;
            iku.consolidation = PeriodConsolidation.TAKE_LAST_KNOWN;
            iku.maxTarget = true;
            QualitativeScale s = QualitativeScale.OPINI_BPK;
            iku.targets[3] = s.valueOf("WTP");
            iku.realizations[3] = rnd.nextInt(4) == 0 ? s.valueOf("WDP") : s.valueOf("WTP");
            counts.values += 2;
            return iku;
        }
        if (kind < 20) {
            // ratio IKU from raw data (e.g. % rekomendasi diterima)
            iku.polarization = Polarization.MAXIMIZE;
            iku.consolidation = rnd.nextBoolean() ? PeriodConsolidation.TAKE_LAST_KNOWN : PeriodConsolidation.SUM;
            iku.raw = new ArrayList<>(QUARTERS);
            BigDecimal target = BigDecimal.valueOf(70 + rnd.nextInt(31));
            for (int q = 0; q < QUARTERS; q++) {
                iku.targets[q] = due[q] ? target : null;
                if (!due[q] || rnd.nextInt(100) < 8) {
                    iku.raw.add(null);
                    counts.notAvailable++;
                } else {
                    int den = rnd.nextInt(20);
                    int num = den == 0 ? 0 : rnd.nextInt(den + 1);
                    iku.raw.add(RawValue.of(num, den));
                }
                counts.values += due[q] ? 3 : 0;
            }
            return iku;
        }
        int pol = rnd.nextInt(100);
        iku.polarization = pol < 70 ? Polarization.MAXIMIZE : pol < 85 ? Polarization.MINIMIZE : Polarization.STABILIZE;
        iku.consolidation = CONSOLIDATIONS[rnd.nextInt(CONSOLIDATIONS.length)];
        if (iku.polarization == Polarization.STABILIZE && rnd.nextBoolean()) {
            int lo = 80 + rnd.nextInt(11);
            iku.range = TargetRange.of(BigDecimal.valueOf(lo), BigDecimal.valueOf(lo + 5 + rnd.nextInt(16)));
        }
        boolean zeroTarget = iku.polarization == Polarization.MINIMIZE && rnd.nextInt(20) == 0;
        iku.maxTarget = iku.polarization == Polarization.MINIMIZE && rnd.nextInt(20) == 0;
        for (int q = 0; q < QUARTERS; q++) {
            if (!due[q]) {
                continue;
            }
            BigDecimal t;
            if (iku.range != null) {
                t = null;
            } else if (zeroTarget) {
                t = BigDecimal.ZERO;
            } else {
                t = dec(rnd, 5, 100, rnd.nextInt(3));
            }
            iku.targets[q] = t;
            counts.values++;
            if (rnd.nextInt(100) < 8) {
                counts.notAvailable++;
                continue;
            }
            BigDecimal base = t == null ? BigDecimal.valueOf(95) : t;
            // realisation 55 %–135 % of the target, 2 decimals
            BigDecimal factor = BigDecimal.valueOf(55 + rnd.nextInt(81), 2);
            iku.realizations[q] = zeroTarget ? BigDecimal.valueOf(rnd.nextInt(3))
                    : base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            counts.values++;
        }
        return iku;
    }

    // --------------------------------------------------------------------------------------------

    /** Nanoseconds as milliseconds with one decimal (decimal arithmetic only). */
    private static String ms(long nanos) {
        return BigDecimal.valueOf(nanos, 6).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String mb(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_048_576L), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long usedHeapNoGc() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
