package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Reward and sanction weight (Kemenlu BAB V Tabel 5.1, scoring.md §12):
 * bobot = ½ × bobot nilai AKIP + ½ × bobot realisasi anggaran.
 */
public final class RewardSanction {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private RewardSanction() {
    }

    /**
     * Band of a value 0..100 (AKIP value or budget realisation %), judged on the value rounded to 2
     * decimals: AA &gt;90–100, A &gt;80–90, BB &gt;70–80, B &gt;60–70, CC &gt;50–60, C &gt;30–50, D 0–30.
     */
    public static RewardBand band(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
        BigDecimal r = Scores.display(value);
        if (r.signum() < 0 || r.compareTo(Scores.HUNDRED) > 0) {
            throw new IllegalArgumentException("value must be 0..100, was " + value);
        }
        for (RewardBand b : RewardBand.values()) {
            if (b == RewardBand.D || r.compareTo(b.lowerBound()) > 0) {
                return b;
            }
        }
        return RewardBand.D;
    }

    /** The weight for an AKIP value and a budget realisation percentage. */
    public static RewardSanctionResult weight(BigDecimal nilaiAkip, BigDecimal realisasiAnggaranPercent) {
        RewardBand akip = band(nilaiAkip);
        RewardBand budget = band(realisasiAnggaranPercent);
        BigDecimal w = akip.weightPercent().add(budget.weightPercent()).multiply(HALF);
        return new RewardSanctionResult(akip, budget, w);
    }
}
