package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shipped rulebooks (scoring.md §9). Immutable constants. */
public final class Rulebooks {

    private static final BigDecimal CAP = new BigDecimal("120");
    private static final BigDecimal FLOOR = BigDecimal.ZERO;
    private static final BigDecimal B50 = new BigDecimal("50");
    private static final BigDecimal B70 = new BigDecimal("70");
    private static final BigDecimal B80 = new BigDecimal("80");
    private static final BigDecimal B90 = new BigDecimal("90");
    private static final BigDecimal B100 = new BigDecimal("100");

    /**
     * Status bands of Kemenlu Gambar 3.33: HIJAU 100 ≤ X ≤ 120, KUNING 80 ≤ X &lt; 100, MERAH X &lt; 80.
     * Used by all shipped rulebooks (the other seeds define no colour bands of their own).
     */
    public static final List<StatusBand> KEMENLU_STATUS_BANDS = List.of(
            new StatusBand(Band.HIJAU, "Memenuhi Ekspektasi", B100, true, CAP, true),
            new StatusBand(Band.KUNING, "Belum Memenuhi Ekspektasi", B80, true, B100, false),
            new StatusBand(Band.MERAH, "Tidak Memenuhi Ekspektasi", null, false, B80, false));

    /**
     * Predikat organisasi of Marves §2.5.2.2: Istimewa 100 &lt; X ≤ 120; Baik 90 ≤ X ≤ 100;
     * Butuh Perbaikan 70 ≤ X &lt; 90; Kurang 50 ≤ X &lt; 70; Sangat Kurang X &lt; 50.
     */
    public static final List<PredikatBand> MARVES_PREDIKAT = fiveIntervals(
            "ISTIMEWA", "Istimewa", "BAIK", "Baik", "BUTUH_PERBAIKAN", "Butuh Perbaikan",
            "KURANG", "Kurang", "SANGAT_KURANG", "Sangat Kurang");

    /**
     * Kemenkeu (KMK 300/2022) uses the same five intervals (&gt;100, 90–100, 70–90, 50–70, &lt;50); the
     * seed does not name them, so this project labels them Sangat Baik / Baik / Cukup / Kurang /
     * Sangat Kurang (editable rulebook data).
     */
    public static final List<PredikatBand> KEMENKEU_PREDIKAT = fiveIntervals(
            "SANGAT_BAIK", "Sangat Baik", "BAIK", "Baik", "CUKUP", "Cukup",
            "KURANG", "Kurang", "SANGAT_KURANG", "Sangat Kurang");

    /**
     * Kemenlu Permenlu 4/2018: validity × control weights, NCKO through SS and perspectives
     * (four-perspective set 25/15/30/30 first, three-perspective set 40/30/30 as alternative),
     * predikat = status band label, IKU limits Wide/One ≤ 25, Two ≤ 20, Three/Four/Five ≤ 10,
     * no konversi-120 quota.
     */
    public static final Rulebook KEMENLU_BSC = new Rulebook(
            "KEMENLU_BSC", WeightingScheme.VALIDITY_CONTROL, RollUp.NCKO,
            List.of(PerspectiveWeights.FOUR, PerspectiveWeights.THREE),
            List.of(), KEMENLU_STATUS_BANDS, CAP, FLOOR, null,
            limits("WIDE", IkuCountLimit.atMost(25), "ONE", IkuCountLimit.atMost(25), "TWO", IkuCountLimit.atMost(20),
                    "THREE", IkuCountLimit.atMost(10), "FOUR", IkuCountLimit.atMost(10),
                    "FIVE", IkuCountLimit.atMost(10)),
            true, Map.of(),
            // Permenlu 4/2018 calendar: Menteri 15 Jan, Eselon I 20 Jan, Eselon II/Perwakilan 25 Jan, staff 31 Jan
            orderedDeadlines(),
            // no PK revision after 20 October of the year
            "10-20",
            // realisation reports: day of the month after the quarter, per level
            Map.of("FIVE", 2, "FOUR", 4, "THREE", 6, "TWO", 8, "ONE", 10, "WIDE", 15),
            // Tabel 3.40 Kalender Perencanaan & Pelaporan (rules: scoring.DeadlineRule)
            Map.of("MANUAL_IKU", Map.of("WIDE", "01-15", "ONE", "01-20", "TWO", "01-25", Rulebook.ALL_LEVELS, "01-31"),
                    "VALIDASI", Map.of(Rulebook.ALL_LEVELS, "hk10"), "DKO", Map.of(Rulebook.ALL_LEVELS, "hk12"),
                    "LKJ_TRIWULAN", Map.of("FIVE", "+2", "FOUR", "+4", "THREE", "+6", "TWO", "d8", "ONE", "d10",
                            "WIDE", "d15"),
                    "LKJ_TAHUNAN", Map.of("FIVE", "+2", "FOUR", "+4", "THREE", "+6", "TWO", "d8", "ONE", "d10",
                            "WIDE", "02-28"),
                    "REVIU_LKJ", Map.of("WIDE", "02-10")));

    private static Map<String, String> orderedDeadlines() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("WIDE", "01-15");
        m.put("ONE", "01-20");
        m.put("TWO", "01-25");
        return m;
    }

    /**
     * Marves Kepmenko 178/S/2023: quality-tier weights, flat NKO, Marves predikat, konversi-120 quota
     * 20 % of the IKU of one PK. The seed sets no IKU count limits.
     */
    public static final Rulebook MARVES = new Rulebook(
            "MARVES", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
            MARVES_PREDIKAT, KEMENLU_STATUS_BANDS, CAP, FLOOR, new BigDecimal("20"), Map.of(), false, Map.of(),
            null, null, Map.of(Rulebook.ALL_LEVELS, 5), // realisation due the 5th day after the quarter
            // §2.4.4: LKj eselon II +10 / I +15 days, tahunan +31 / +40, the ministry 28 February
            Map.of("MANUAL_IKU", Map.of(Rulebook.ALL_LEVELS, "01-31"), "VALIDASI", Map.of(Rulebook.ALL_LEVELS, "+15"),
                    "DKO", Map.of(Rulebook.ALL_LEVELS, "+15"), "LKJ_TRIWULAN", Map.of("UPK2", "+10", "UPK1", "+15"),
                    "LKJ_TAHUNAN", Map.of("UPK2", "+31", "UPK1", "+40", "UPK0", "02-28"),
                    "REVIU_LKJ", Map.of("UPK0", "02-10")));

    /**
     * Kemenkeu KMK 300/2022: quality-tier weights, flat NKO, five predikat intervals, IKU limits
     * One 15–20, Two 10–20, Three 10–20, no konversi-120 quota.
     */
    public static final Rulebook KEMENKEU = new Rulebook(
            "KEMENKEU", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(),
            KEMENKEU_PREDIKAT, KEMENLU_STATUS_BANDS, CAP, FLOOR, null,
            limits("ONE", IkuCountLimit.between(15, 20), "TWO", IkuCountLimit.between(10, 20),
                    "THREE", IkuCountLimit.between(10, 20)),
            false);

    private Rulebooks() {
    }

    /** All shipped rulebooks. */
    public static List<Rulebook> all() {
        return List.of(KEMENLU_BSC, MARVES, KEMENKEU);
    }

    /** A shipped rulebook by key. */
    public static Optional<Rulebook> byKey(String key) {
        for (Rulebook r : all()) {
            if (r.key().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static List<PredikatBand> fiveIntervals(String c1, String l1, String c2, String l2, String c3, String l3,
                                                    String c4, String l4, String c5, String l5) {
        return List.of(
                new PredikatBand(c1, l1, B100, false, CAP, true),
                new PredikatBand(c2, l2, B90, true, B100, true),
                new PredikatBand(c3, l3, B70, true, B90, false),
                new PredikatBand(c4, l4, B50, true, B70, false),
                new PredikatBand(c5, l5, null, false, B50, false));
    }

    private static Map<String, IkuCountLimit> limits(Object... pairs) {
        Map<String, IkuCountLimit> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (IkuCountLimit) pairs[i + 1]);
        }
        return m;
    }
}
