package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Individual scores (scoring.md §10): CKP tahunan, NP, NCKP and its status. */
public final class IndividualScores {

    /** Maximum NP. */
    public static final BigDecimal NP_MAX = Scores.HUNDRED;
    /** Penalty per unrated evaluee. */
    public static final BigDecimal PENALTY_PER_EVALUEE = BigDecimal.valueOf(2);
    /** Maximum evaluator penalty. */
    public static final BigDecimal PENALTY_MAX = BigDecimal.TEN;

    private static final BigDecimal CKP_SHARE = new BigDecimal("0.7");
    private static final BigDecimal NP_SHARE = new BigDecimal("0.3");
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private IndividualScores() {
    }

    /**
     * CKP tahunan across PK versions: Σ CKPᵢ × nᵢ / 4 (nᵢ = quarters in force). The quarters may
     * not exceed 4 in total. When they cover fewer than 4 quarters (employee not in post all year)
     * the divisor is Σ nᵢ — the quarters actually worked — instead of 4; for a full year both are 4.
     */
    public static BigDecimal ckpTahunan(List<CkpVersion> versions) {
        if (versions == null || versions.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int quarters = 0;
        for (CkpVersion v : versions) {
            sum = sum.add(v.ckp().multiply(BigDecimal.valueOf(v.quarters())));
            quarters += v.quarters();
        }
        if (quarters > 4) {
            throw new IllegalArgumentException("PK versions cover " + quarters + " quarters; at most 4");
        }
        return sum.divide(BigDecimal.valueOf(quarters), Scores.MC);
    }

    /** Evaluator penalty: 2 points per unrated evaluee, at most 10. */
    public static BigDecimal evaluatorPenalty(int unratedEvaluees) {
        if (unratedEvaluees < 0) {
            throw new IllegalArgumentException("unratedEvaluees must be ≥ 0");
        }
        BigDecimal p = PENALTY_PER_EVALUEE.multiply(BigDecimal.valueOf(unratedEvaluees));
        return p.compareTo(PENALTY_MAX) > 0 ? PENALTY_MAX : p;
    }

    /**
     * Annual NP = (NP semester 1 + NP semester 2) / 2; with one applicable semester, that semester's
     * value; an UNRATED semester counts as 100 (the employee is not penalised for the evaluator);
     * then the evaluator penalty for this employee's own unrated evaluees is subtracted (floored at 0).
     * Null when neither semester applies.
     */
    public static BigDecimal annualNp(SemesterNp semester1, SemesterNp semester2, int unratedEvaluees) {
        BigDecimal v1 = semester1 == null ? null : semester1.effectiveValue();
        BigDecimal v2 = semester2 == null ? null : semester2.effectiveValue();
        BigDecimal np;
        if (v1 != null && v2 != null) {
            np = v1.add(v2).divide(BigDecimal.valueOf(2), Scores.MC);
        } else {
            np = v1 != null ? v1 : v2;
        }
        if (np == null) {
            return null;
        }
        if (np.compareTo(NP_MAX) > 0) {
            np = NP_MAX;
        }
        np = np.subtract(evaluatorPenalty(unratedEvaluees));
        return np.signum() < 0 ? BigDecimal.ZERO : np;
    }

    /** NCKP = CKP tahunan × 70 % + NP × 30 % (before supervisor review). */
    public static BigDecimal nckp(BigDecimal ckpTahunan, BigDecimal np) {
        if (ckpTahunan == null || np == null) {
            throw new IllegalArgumentException("CKP tahunan and NP are required");
        }
        return ckpTahunan.multiply(CKP_SHARE).add(np.multiply(NP_SHARE));
    }

    /** Status of an NCKP judged on its value rounded to 2 decimals: ≥ 100, 90–&lt;100, &lt; 90. */
    public static NckpStatus nckpStatus(BigDecimal nckp) {
        if (nckp == null) {
            return null;
        }
        BigDecimal r = Scores.display(nckp);
        if (r.compareTo(Scores.HUNDRED) >= 0) {
            return NckpStatus.BAIK_SEKALI;
        }
        return r.compareTo(NINETY) >= 0 ? NckpStatus.BAIK : NckpStatus.CUKUP;
    }
}
