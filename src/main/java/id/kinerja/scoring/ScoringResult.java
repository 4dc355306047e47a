package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Result of {@link ScoringEngine#score}.
 *
 * @param rulebookKey        the rulebook applied
 * @param scoreType          NCKO, CKP or NKO
 * @param perspectiveSetCode code of the perspective set used (NCKO), else null
 * @param score              full precision; null when no IKU is available
 * @param predikatCode       code of the predikat (see {@link Predikat}); null when score is null
 * @param predikat           predikat label; null when score is null
 * @param band               status band of the rounded score; null when score is null
 * @param indicators         one entry per input indicator, in input order
 * @param sasaran            one entry per SS in first-appearance order (NCKO only, else empty)
 * @param perspectives       one entry per perspective of the set in use (NCKO only, else empty)
 */
public record ScoringResult(
        String rulebookKey,
        ScoreType scoreType,
        String perspectiveSetCode,
        BigDecimal score,
        String predikatCode,
        String predikat,
        Band band,
        List<IndicatorResult> indicators,
        List<SasaranResult> sasaran,
        List<PerspectiveResult> perspectives) {

    public ScoringResult {
        indicators = List.copyOf(indicators);
        sasaran = List.copyOf(sasaran);
        perspectives = List.copyOf(perspectives);
    }

    /** Score rounded HALF_UP to 2 decimals (null when not available). */
    public BigDecimal scoreRounded() {
        return Scores.display(score);
    }

    public boolean available() {
        return score != null;
    }
}
