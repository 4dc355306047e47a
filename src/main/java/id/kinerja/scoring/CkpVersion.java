package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * CKP of one PK version (before/after a revision, or a PK komplemen) and the number of quarters it
 * was in force (scoring.md §10).
 */
public record CkpVersion(BigDecimal ckp, int quarters) {

    public CkpVersion {
        if (ckp == null) {
            throw new IllegalArgumentException("ckp is required");
        }
        if (quarters < 1 || quarters > 4) {
            throw new IllegalArgumentException("quarters must be 1..4, was " + quarters);
        }
    }

    public static CkpVersion of(String ckp, int quarters) {
        return new CkpVersion(new BigDecimal(ckp), quarters);
    }
}
