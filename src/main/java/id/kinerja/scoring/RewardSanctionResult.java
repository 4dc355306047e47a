package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Reward/sanction weight of a unit (Kemenlu BAB V).
 *
 * @param akipCategory  AKIP category (band of the AKIP value)
 * @param budgetBand    band of the budget realisation %
 * @param weightPercent ½ × AKIP weight + ½ × budget weight, in percent
 */
public record RewardSanctionResult(RewardBand akipCategory, RewardBand budgetBand, BigDecimal weightPercent) {
}
