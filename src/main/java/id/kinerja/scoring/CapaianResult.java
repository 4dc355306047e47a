package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Capaian (achievement, %) of one IKU.
 *
 * @param value       final capaian after konversi 120, cap and floor; null when n/a
 * @param raw         value of the polarisation formula before cap/floor (the konversi value when
 *                    konversi 120 applied); null when n/a
 * @param konversi120 the konversi-120 rule produced the value
 * @param capped      raw was above the rulebook cap
 * @param floored     raw was below the rulebook floor
 * @param formula     what was applied, for display beside the IKU
 */
public record CapaianResult(BigDecimal value, BigDecimal raw, boolean konversi120, boolean capped,
                            boolean floored, Formula formula) {

    /** Result of an IKU whose realisation (or target) is n/a. */
    public static final CapaianResult NOT_AVAILABLE =
            new CapaianResult(null, null, false, false, false, Formula.NOT_AVAILABLE);

    public boolean available() {
        return value != null;
    }

    /** Capaian rounded HALF_UP to 2 decimals (null when n/a). */
    public BigDecimal rounded() {
        return Scores.display(value);
    }
}
