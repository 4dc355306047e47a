package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Band of the reward/sanction table (Kemenlu BAB V Tabel 5.1). The same bands judge the AKIP value
 * (whose category is the band name) and the budget realisation percentage.
 */
public enum RewardBand {
    /** &gt;90–100. */
    AA(new BigDecimal("90"), new BigDecimal("5")),
    /** &gt;80–90. */
    A(new BigDecimal("80"), new BigDecimal("3")),
    /** &gt;70–80. */
    BB(new BigDecimal("70"), new BigDecimal("2")),
    /** &gt;60–70. */
    B(new BigDecimal("60"), BigDecimal.ZERO),
    /** &gt;50–60. */
    CC(new BigDecimal("50"), new BigDecimal("-2")),
    /** &gt;30–50. */
    C(new BigDecimal("30"), new BigDecimal("-3")),
    /** 0–30 (inclusive). */
    D(BigDecimal.ZERO, new BigDecimal("-5"));

    private final BigDecimal exclusiveLowerBound;
    private final BigDecimal weightPercent;

    RewardBand(BigDecimal exclusiveLowerBound, BigDecimal weightPercent) {
        this.exclusiveLowerBound = exclusiveLowerBound;
        this.weightPercent = weightPercent;
    }

    /** Lower bound of the band, exclusive except for {@link #D} (0 inclusive). */
    public BigDecimal lowerBound() {
        return exclusiveLowerBound;
    }

    /** Reward (positive) or sanction (negative) weight, in percent. */
    public BigDecimal weightPercent() {
        return weightPercent;
    }
}
