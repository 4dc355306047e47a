package id.kinerja.audit;

import java.util.Collection;
import java.util.Set;

/**
 * Which accounts hold a role on any of the given units (implemented by pengguna): entries about a
 * user account show to the managers of the units where it holds a role.
 */
public interface PenggunaDiUnit {

    Set<Long> penggunaDenganPenugasanDi(Collection<Long> unitIds);
}
