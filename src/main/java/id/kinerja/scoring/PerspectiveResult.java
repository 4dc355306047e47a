package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Np of one perspective (NCKO only), for every perspective of the set in use, in the set's order.
 *
 * @param perspective     the perspective
 * @param np              mean of the available NSS; null when n/a
 * @param bobot           the rulebook weight (%)
 * @param bobotTertimbang the weight after re-normalisation over the available perspectives (%);
 *                        null when n/a
 * @param band            status band of the Np; null when n/a
 */
public record PerspectiveResult(Perspective perspective, BigDecimal np, BigDecimal bobot, BigDecimal bobotTertimbang,
                                Band band) {

    public BigDecimal npRounded() {
        return Scores.display(np);
    }

    public BigDecimal bobotTertimbangRounded() {
        return Scores.display(bobotTertimbang);
    }
}
