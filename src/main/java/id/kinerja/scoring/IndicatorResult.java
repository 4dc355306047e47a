package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Score of one IKU within a {@link ScoringResult}. Numbers are at full precision; use the
 * {@code …Rounded()} accessors for display.
 *
 * @param code            IKU code
 * @param sasaranCode     its SS (as given)
 * @param perspective     its perspective (as given)
 * @param capaian         capaian after konversi/cap/floor; null when n/a
 * @param bobot           weight from the rulebook's scheme
 * @param bobotTertimbang normalised weight (%) within the scope (the SS for NCKO, the whole PK for
 *                        CKP/NKO) over the available IKU; null when n/a
 * @param band            status band of the capaian; null when n/a
 * @param formula         what was applied
 */
public record IndicatorResult(String code, String sasaranCode, Perspective perspective, BigDecimal capaian,
                              BigDecimal bobot, BigDecimal bobotTertimbang, Band band, Formula formula) {

    public boolean available() {
        return capaian != null;
    }

    public BigDecimal capaianRounded() {
        return Scores.display(capaian);
    }

    public BigDecimal bobotTertimbangRounded() {
        return Scores.display(bobotTertimbang);
    }
}
