package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * NSS of one sasaran strategis (NCKO only).
 *
 * @param code        SS code
 * @param perspective its perspective
 * @param nss         Σ capaian × bobot tertimbang over its available IKU; null when all are n/a
 * @param band        status band of the NSS; null when n/a
 */
public record SasaranResult(String code, Perspective perspective, BigDecimal nss, Band band) {

    public BigDecimal nssRounded() {
        return Scores.display(nss);
    }
}
