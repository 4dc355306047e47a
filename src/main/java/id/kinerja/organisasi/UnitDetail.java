package id.kinerja.organisasi;

import java.util.List;
import java.util.Set;

/**
 * A unit with its breadcrumb (root first) and its direct children; {@code jejakTerbuka} are the
 * breadcrumb's and children's units the viewer may open (the others are named, not linked).
 */
public record UnitDetail(UnitView unit, List<UnitView> jejak, List<UnitView> anak, boolean bolehKelola,
        Set<Long> jejakTerbuka) {
}
