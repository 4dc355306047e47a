package id.kinerja.cascading;

import id.kinerja.scoring.Band;
import java.util.Collection;
import java.util.Map;

/**
 * Capaian colours for the pohon kinerja and the Matriks Cascading: the band of each IKU's capaian
 * s.d. the current quarter. Implemented by the realisasi module (its one score service), so
 * cascading does not depend on it; IKU without a score are absent from the map.
 */
public interface CapaianIku {

    Map<Long, Band> band(Collection<Long> ikuIds, int tahun);
}
