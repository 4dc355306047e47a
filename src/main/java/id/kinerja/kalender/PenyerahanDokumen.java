package id.kinerja.kalender;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What "submitted" means for one document, answered by the module that owns it (a Spring bean;
 * several modules each contribute one). A document without an implementation is shown as
 * "tidak dipantau", never as missing. Implementations need no access check: the calendar asks
 * only about units within the viewer's reach.
 */
public interface PenyerahanDokumen {

    JenisDokumen jenis();

    /** Units that handed in the document for the year and period ("TW1"…"TW4", "TAHUN"), with when; one query. */
    Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode);

    /** One unit (its calendar page): the same answer as for many. */
    default Optional<Instant> diserahkan(long unitId, int tahun, String periode) {
        return Optional.ofNullable(diserahkan(List.of(unitId), tahun, periode).get(unitId));
    }

    /**
     * A document handed in per quarter ("TW1"…"TW4"; never for "TAHUN"): the implementation answers
     * for many units of one quarter in one query, the rest follows.
     */
    interface PerTriwulan extends PenyerahanDokumen {

        /** Units that handed it in for the quarter, with when. */
        Map<Long, Instant> diserahkanTriwulan(Collection<Long> unitIds, int tahun, int triwulan);

        @Override
        default Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
            if (unitIds.isEmpty() || !periode.matches("TW[1-4]")) {
                return new HashMap<>();
            }
            return diserahkanTriwulan(unitIds, tahun, periode.charAt(2) - '0');
        }
    }
}
