package id.kinerja.organisasi;

import id.kinerja.akses.SumberAkses;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Unit paths for access control. */
@Component
class JalurUnitAkses implements SumberAkses.JalurUnit {

    private final UnitRepository units;

    JalurUnitAkses(UnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<String> path(long unitId) {
        return units.findPathById(unitId);
    }
}
