package id.kinerja.bukti;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a module registers (as a Spring bean) to let its records carry bukti dukung: the owner's
 * kind (e.g. {@code "REALISASI"}) and, per record, the unit whose reach guards the evidence and
 * whether evidence may change now. This module never reads the owner's tables.
 */
public interface PemilikBukti {

    /** Upper-case kind stored in {@code bukti_dukung.jenis_pemilik}; at most 40 characters. */
    String jenis();

    /** Empty when there is no such record (→ 404). */
    Optional<InfoPemilik> info(long pemilikId);

    /** {@link #info} for many owners at once (a page's panels); absent ids are left out. */
    default Map<Long, InfoPemilik> infoBanyak(Collection<Long> pemilikIds) {
        Map<Long, InfoPemilik> out = new LinkedHashMap<>();
        pemilikIds.forEach(id -> info(id).ifPresent(i -> out.put(id, i)));
        return out;
    }
}
