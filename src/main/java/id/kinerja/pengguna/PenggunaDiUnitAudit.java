package id.kinerja.pengguna;

import id.kinerja.audit.PenggunaDiUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** For the audit trail's scope: accounts holding a role on any of the units. */
@Component
class PenggunaDiUnitAudit implements PenggunaDiUnit {

    private final PenugasanRepository penugasan;

    PenggunaDiUnitAudit(PenugasanRepository penugasan) {
        this.penugasan = penugasan;
    }

    @Override
    public Set<Long> penggunaDenganPenugasanDi(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? Set.of() : new HashSet<>(penugasan.penggunaDiUnit(unitIds));
    }
}
