package id.kinerja.perencanaan;

import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.PeriodConsolidator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The Rencana Aksi trajectory must agree with the annual target under the IKU's period
 * consolidation: SUM of the periods = annual, the mean for AVERAGE, the last known for TAKE_LAST.
 */
final class Trajektori {

    /** Compared at 4 decimals: an AVERAGE of thirds must not fail on the 34th digit. */
    private static final int SKALA = 4;

    private Trajektori() {
    }

    /** The annual value the trajectory implies, or null when no period has a target yet. */
    static BigDecimal tahunan(PeriodConsolidation konsolidasi, List<BigDecimal> perPeriode) {
        if (perPeriode.stream().allMatch(Objects::isNull)) {
            return null;
        }
        return PeriodConsolidator.consolidateAll(konsolidasi, perPeriode);
    }

    static boolean cocok(PeriodConsolidation konsolidasi, BigDecimal targetTahunan, List<BigDecimal> perPeriode) {
        BigDecimal hasil = tahunan(konsolidasi, perPeriode);
        if (hasil == null || targetTahunan == null || perPeriode.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        return hasil.setScale(SKALA, RoundingMode.HALF_UP).compareTo(targetTahunan.setScale(SKALA, RoundingMode.HALF_UP))
                == 0;
    }
}
