package id.kinerja.scoring;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-organisation scoring configuration (scoring.md §9). A new rulebook is data: every component
 * is a plain value so it can be rebuilt from database rows; the canonical constructor validates
 * and makes defensive, unmodifiable, order-preserving copies.
 *
 * @param key                     identifier, e.g. "KEMENLU_BSC"
 * @param weightingScheme         §4 A or B
 * @param rollUp                  NCKO (SS → perspectives) or NKO (flat)
 * @param perspectiveWeightSets   the perspective sets a strategy map may use, each with weights
 *                                summing to 100 (Kemenlu: four- and three-perspective sets); a PK
 *                                uses the first set containing all its perspectives; empty for NKO
 * @param predikatBands           predikat intervals (may be empty when {@code predikatFromStatusBand})
 * @param statusBands             HIJAU / KUNING / MERAH intervals with their labels
 * @param cap                     maximum capaian (120), also the konversi-120 value
 * @param floor                   minimum capaian (0)
 * @param konversi120QuotaPercent max % of a PK's IKU flagged konversi 120 (MARVES 20), null = no quota
 * @param ikuCountLimits          level code → IKU count limit of one PK at that level
 * @param predikatFromStatusBand  the predikat shown is the status band's label (KEMENLU_BSC)
 * @param cascadeDepthLimits      level code → how many levels down a direct cascade from that level may
 *                                reach; levels not listed use {@link #DEFAULT_CASCADE_DEPTH}
 * @param pkDeadlines             level code → the day ("MM-DD") a PK of that level must be approved in
 *                                January (Kemenlu 15/20/25/31); levels not listed use {@link #DEFAULT_PK_DEADLINE}
 * @param revisionCutoff          the last day ("MM-DD") of a year on which a PK revision may still be
 *                                opened (Kemenlu 10-20); null = no cut-off
 * @param reportDeadlines         level code → the day of the month after a quarter by which a unit of that
 *                                level reports its realisation (Kemenlu FIVE 2 … WIDE 15); the key
 *                                {@link #ALL_LEVELS} covers levels not listed (Marves 5); empty = none
 * @param calendarDeadlines       reporting calendar: document code → level code ({@link #ALL_LEVELS} for the
 *                                rest) → a {@link DeadlineRule} text, e.g. LKJ_TRIWULAN → TWO → "d8"
 */
public record Rulebook(
        String key,
        WeightingScheme weightingScheme,
        RollUp rollUp,
        List<PerspectiveWeights> perspectiveWeightSets,
        List<PredikatBand> predikatBands,
        List<StatusBand> statusBands,
        BigDecimal cap,
        BigDecimal floor,
        BigDecimal konversi120QuotaPercent,
        Map<String, IkuCountLimit> ikuCountLimits,
        boolean predikatFromStatusBand,
        Map<String, Integer> cascadeDepthLimits,
        Map<String, String> pkDeadlines,
        String revisionCutoff,
        Map<String, Integer> reportDeadlines,
        Map<String, Map<String, String>> calendarDeadlines) {

    /** Report-deadline key for every level the rulebook does not name. */
    public static final String ALL_LEVELS = "*";

    /** When a rulebook names no deadline for a level: the end of January. */
    public static final String DEFAULT_PK_DEADLINE = "01-31";

    /** Kemenlu §D: direct cascading reaches at most two levels down. */
    public static final int DEFAULT_CASCADE_DEPTH = 2;

    /** A rulebook with the default cascade depth everywhere. */
    public Rulebook(String key, WeightingScheme weightingScheme, RollUp rollUp,
            List<PerspectiveWeights> perspectiveWeightSets, List<PredikatBand> predikatBands,
            List<StatusBand> statusBands, BigDecimal cap, BigDecimal floor, BigDecimal konversi120QuotaPercent,
            Map<String, IkuCountLimit> ikuCountLimits, boolean predikatFromStatusBand) {
        this(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap, floor,
                konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, null, null);
    }

    /** A rulebook with its cascade depths and the default PK deadline everywhere. */
    public Rulebook(String key, WeightingScheme weightingScheme, RollUp rollUp,
            List<PerspectiveWeights> perspectiveWeightSets, List<PredikatBand> predikatBands,
            List<StatusBand> statusBands, BigDecimal cap, BigDecimal floor, BigDecimal konversi120QuotaPercent,
            Map<String, IkuCountLimit> ikuCountLimits, boolean predikatFromStatusBand,
            Map<String, Integer> cascadeDepthLimits) {
        this(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap, floor,
                konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits, null);
    }

    /** A rulebook without a revision cut-off. */
    public Rulebook(String key, WeightingScheme weightingScheme, RollUp rollUp,
            List<PerspectiveWeights> perspectiveWeightSets, List<PredikatBand> predikatBands,
            List<StatusBand> statusBands, BigDecimal cap, BigDecimal floor, BigDecimal konversi120QuotaPercent,
            Map<String, IkuCountLimit> ikuCountLimits, boolean predikatFromStatusBand,
            Map<String, Integer> cascadeDepthLimits, Map<String, String> pkDeadlines) {
        this(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap, floor,
                konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits, pkDeadlines,
                null);
    }

    /** A rulebook without realisation report deadlines. */
    public Rulebook(String key, WeightingScheme weightingScheme, RollUp rollUp,
            List<PerspectiveWeights> perspectiveWeightSets, List<PredikatBand> predikatBands,
            List<StatusBand> statusBands, BigDecimal cap, BigDecimal floor, BigDecimal konversi120QuotaPercent,
            Map<String, IkuCountLimit> ikuCountLimits, boolean predikatFromStatusBand,
            Map<String, Integer> cascadeDepthLimits, Map<String, String> pkDeadlines, String revisionCutoff) {
        this(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap, floor,
                konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits, pkDeadlines,
                revisionCutoff, null);
    }

    /** A rulebook without a reporting calendar. */
    public Rulebook(String key, WeightingScheme weightingScheme, RollUp rollUp,
            List<PerspectiveWeights> perspectiveWeightSets, List<PredikatBand> predikatBands,
            List<StatusBand> statusBands, BigDecimal cap, BigDecimal floor, BigDecimal konversi120QuotaPercent,
            Map<String, IkuCountLimit> ikuCountLimits, boolean predikatFromStatusBand,
            Map<String, Integer> cascadeDepthLimits, Map<String, String> pkDeadlines, String revisionCutoff,
            Map<String, Integer> reportDeadlines) {
        this(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap, floor,
                konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits, pkDeadlines,
                revisionCutoff, reportDeadlines, null);
    }

    public Rulebook {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a rulebook needs a key");
        }
        if (weightingScheme == null) {
            throw new IllegalArgumentException("rulebook " + key + ": weighting scheme is required");
        }
        if (rollUp == null) {
            throw new IllegalArgumentException("rulebook " + key + ": roll-up is required");
        }
        perspectiveWeightSets = perspectiveWeightSets == null ? List.of() : List.copyOf(perspectiveWeightSets);
        Set<String> setCodes = new HashSet<>();
        for (PerspectiveWeights set : perspectiveWeightSets) {
            if (!setCodes.add(set.code())) {
                throw new IllegalArgumentException("rulebook " + key + ": duplicate perspective set " + set.code());
            }
        }
        if (rollUp == RollUp.NCKO && perspectiveWeightSets.isEmpty()) {
            throw new IllegalArgumentException("rulebook " + key + ": NCKO roll-up needs a perspective set");
        }

        predikatBands = predikatBands == null ? List.of() : List.copyOf(predikatBands);
        if (predikatBands.isEmpty() && !predikatFromStatusBand) {
            throw new IllegalArgumentException("rulebook " + key + ": predikat bands are required");
        }
        Set<String> predikatCodes = new HashSet<>();
        for (int i = 0; i < predikatBands.size(); i++) {
            PredikatBand b = predikatBands.get(i);
            if (!predikatCodes.add(b.code())) {
                throw new IllegalArgumentException("rulebook " + key + ": duplicate predikat " + b.code());
            }
            for (int j = 0; j < i; j++) {
                if (b.overlaps(predikatBands.get(j))) {
                    throw new IllegalArgumentException("rulebook " + key + ": predikat " + b.code()
                            + " overlaps " + predikatBands.get(j).code());
                }
            }
        }

        statusBands = statusBands == null ? List.of() : List.copyOf(statusBands);
        if (statusBands.isEmpty()) {
            throw new IllegalArgumentException("rulebook " + key + ": status bands are required");
        }
        Set<Band> seen = EnumSet.noneOf(Band.class);
        for (int i = 0; i < statusBands.size(); i++) {
            StatusBand b = statusBands.get(i);
            if (!seen.add(b.band())) {
                throw new IllegalArgumentException("rulebook " + key + ": duplicate status band " + b.band());
            }
            for (int j = 0; j < i; j++) {
                if (b.overlaps(statusBands.get(j))) {
                    throw new IllegalArgumentException("rulebook " + key + ": status band " + b.band()
                            + " overlaps " + statusBands.get(j).band());
                }
            }
        }

        if (cap == null || floor == null || floor.compareTo(cap) >= 0) {
            throw new IllegalArgumentException("rulebook " + key + ": floor must be below cap");
        }
        if (konversi120QuotaPercent != null
                && (konversi120QuotaPercent.signum() < 0 || konversi120QuotaPercent.compareTo(Scores.HUNDRED) > 0)) {
            throw new IllegalArgumentException("rulebook " + key + ": konversi-120 quota must be 0..100");
        }

        Map<String, IkuCountLimit> limits = new LinkedHashMap<>();
        if (ikuCountLimits != null) {
            for (Map.Entry<String, IkuCountLimit> e : ikuCountLimits.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                    throw new IllegalArgumentException("rulebook " + key + ": invalid IKU count limit " + e);
                }
                limits.put(e.getKey(), e.getValue());
            }
        }
        ikuCountLimits = Collections.unmodifiableMap(limits);

        Map<String, Integer> depths = new LinkedHashMap<>();
        if (cascadeDepthLimits != null) {
            for (Map.Entry<String, Integer> e : cascadeDepthLimits.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null || e.getValue() < 1) {
                    throw new IllegalArgumentException("rulebook " + key + ": invalid cascade depth " + e);
                }
                depths.put(e.getKey(), e.getValue());
            }
        }
        cascadeDepthLimits = Collections.unmodifiableMap(depths);

        Map<String, String> deadlines = new LinkedHashMap<>();
        if (pkDeadlines != null) {
            for (Map.Entry<String, String> e : pkDeadlines.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null
                        || !e.getValue().matches("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")) {
                    throw new IllegalArgumentException("rulebook " + key + ": invalid PK deadline " + e);
                }
                deadlines.put(e.getKey(), e.getValue());
            }
        }
        pkDeadlines = Collections.unmodifiableMap(deadlines);

        if (revisionCutoff != null && revisionCutoff.isBlank()) {
            revisionCutoff = null;
        }
        if (revisionCutoff != null && !sahBulanHari(revisionCutoff)) {
            throw new IllegalArgumentException("rulebook " + key + ": invalid revision cut-off " + revisionCutoff);
        }

        Map<String, Integer> lapor = new LinkedHashMap<>();
        if (reportDeadlines != null) {
            for (Map.Entry<String, Integer> e : reportDeadlines.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null || e.getValue() < 1
                        || e.getValue() > 28) {
                    throw new IllegalArgumentException("rulebook " + key + ": invalid report deadline " + e);
                }
                lapor.put(e.getKey(), e.getValue());
            }
        }
        reportDeadlines = Collections.unmodifiableMap(lapor);

        Map<String, Map<String, String>> kalender = new LinkedHashMap<>();
        if (calendarDeadlines != null) {
            for (Map.Entry<String, Map<String, String>> doc : calendarDeadlines.entrySet()) {
                if (doc.getKey() == null || doc.getKey().isBlank() || doc.getValue() == null) {
                    throw new IllegalArgumentException("rulebook " + key + ": invalid calendar entry " + doc.getKey());
                }
                Map<String, String> perLevel = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : doc.getValue().entrySet()) {
                    if (e.getKey() == null || e.getKey().isBlank()) {
                        throw new IllegalArgumentException("rulebook " + key + ": invalid calendar level " + e);
                    }
                    perLevel.put(e.getKey(), DeadlineRule.parse(e.getValue()).toString());
                }
                kalender.put(doc.getKey(), Collections.unmodifiableMap(perLevel));
            }
        }
        calendarDeadlines = Collections.unmodifiableMap(kalender);
    }

    /** The calendar's rule for a document at a level (or every level); null when the rulebook sets none. */
    public DeadlineRule calendarDeadline(String document, String levelCode) {
        Map<String, String> perLevel = calendarDeadlines.get(document);
        if (perLevel == null) {
            return null;
        }
        String rule = levelCode == null ? null : perLevel.get(levelCode);
        if (rule == null) {
            rule = perLevel.get(ALL_LEVELS);
        }
        return rule == null ? null : DeadlineRule.parse(rule);
    }

    /** A copy with another reporting calendar (document → level → rule). */
    public Rulebook withCalendarDeadlines(Map<String, Map<String, String>> calendar) {
        return new Rulebook(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap,
                floor, konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits,
                pkDeadlines, revisionCutoff, reportDeadlines, calendar);
    }

    /**
     * The day a unit of this level must report the realisation of the quarter ending on
     * {@code quarterEnd}: that day of the following month; null when the rulebook sets none.
     */
    public LocalDate reportDeadline(String levelCode, LocalDate quarterEnd) {
        Integer day = levelCode == null ? null : reportDeadlines.get(levelCode);
        if (day == null) {
            day = reportDeadlines.get(ALL_LEVELS);
        }
        return day == null ? null : quarterEnd.plusMonths(1).withDayOfMonth(day);
    }

    /** A copy with other report deadlines (level code → day of the month after the quarter). */
    public Rulebook withReportDeadlines(Map<String, Integer> deadlines) {
        return new Rulebook(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap,
                floor, konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits,
                pkDeadlines, revisionCutoff, deadlines, calendarDeadlines);
    }

    private static boolean sahBulanHari(String mmdd) {
        try {
            return mmdd.matches("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
                    && MonthDay.parse("--" + mmdd) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The last day of the year on which a revision may be opened; null if the rulebook sets none. */
    public LocalDate revisionCutoff(int year) {
        return revisionCutoff == null ? null : MonthDay.parse("--" + revisionCutoff).atYear(year);
    }

    /** The date a PK of this level must be approved by in the given year. */
    public LocalDate pkDeadline(String levelCode, int year) {
        return MonthDay.parse("--" + pkDeadlines.getOrDefault(levelCode, DEFAULT_PK_DEADLINE)).atYear(year);
    }

    /** How many levels down a direct cascade from a unit of this level may reach. */
    public int cascadeDepth(String levelCode) {
        return cascadeDepthLimits.getOrDefault(levelCode, DEFAULT_CASCADE_DEPTH);
    }

    /** Status band of a value, judged on the value rounded HALF_UP to 2 decimals; null for null. */
    public Band band(BigDecimal value) {
        StatusBand b = statusBandOf(value);
        return b == null ? null : b.band();
    }

    /** Status band (with its label) of a value, judged on the rounded value; null for null/no match. */
    public StatusBand statusBandOf(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = Scores.display(value);
        for (int i = 0; i < statusBands.size(); i++) {
            StatusBand b = statusBands.get(i);
            if (b.contains(rounded)) {
                return b;
            }
        }
        return null;
    }

    /** The rulebook's definition of a band, null if the rulebook does not define it. */
    public StatusBand statusBand(Band band) {
        for (StatusBand b : statusBands) {
            if (b.band() == band) {
                return b;
            }
        }
        return null;
    }

    /**
     * Predikat of a score, judged on the score rounded HALF_UP to 2 decimals (100,004 → 100,00 →
     * Baik). With {@code predikatFromStatusBand} the status band's label is the predikat.
     * Null for a null score or a value outside every band.
     */
    public Predikat predikat(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (predikatFromStatusBand) {
            StatusBand b = statusBandOf(score);
            return b == null ? null : new Predikat(b.band().name(), b.label());
        }
        BigDecimal rounded = Scores.display(score);
        for (PredikatBand b : predikatBands) {
            if (b.contains(rounded)) {
                return new Predikat(b.code(), b.label());
            }
        }
        return null;
    }

    /** Whether some perspective set of the rulebook contains the perspective. */
    public boolean knowsPerspective(Perspective perspective) {
        for (PerspectiveWeights set : perspectiveWeightSets) {
            if (set.contains(perspective)) {
                return true;
            }
        }
        return false;
    }

    /** The first perspective set containing every given perspective. */
    public Optional<PerspectiveWeights> perspectiveSetFor(Collection<Perspective> used) {
        for (PerspectiveWeights set : perspectiveWeightSets) {
            if (set.weights().keySet().containsAll(used)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /** The perspective set with this code. */
    public Optional<PerspectiveWeights> perspectiveSet(String code) {
        for (PerspectiveWeights set : perspectiveWeightSets) {
            if (set.code().equals(code)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /** IKU count limit of a level (by level code), if the rulebook sets one. */
    public Optional<IkuCountLimit> ikuCountLimit(String level) {
        return Optional.ofNullable(level == null ? null : ikuCountLimits.get(level));
    }

    /** A copy with other perspective sets (e.g. weights edited by the MKOP). */
    public Rulebook withPerspectiveWeightSets(List<PerspectiveWeights> sets) {
        return new Rulebook(key, weightingScheme, rollUp, new ArrayList<>(sets), predikatBands, statusBands, cap,
                floor, konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits,
                pkDeadlines, revisionCutoff, reportDeadlines, calendarDeadlines);
    }

    /** A copy with another revision cut-off ("MM-DD", null = none). */
    public Rulebook withRevisionCutoff(String cutoff) {
        return new Rulebook(key, weightingScheme, rollUp, perspectiveWeightSets, predikatBands, statusBands, cap,
                floor, konversi120QuotaPercent, ikuCountLimits, predikatFromStatusBand, cascadeDepthLimits,
                pkDeadlines, cutoff, reportDeadlines, calendarDeadlines);
    }
}
