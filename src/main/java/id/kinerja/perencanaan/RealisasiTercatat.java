package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;

/**
 * Asked by planning rules that depend on measured values (Kemenkeu: an addendum may not change the
 * target of a period that already has a realisation). Implemented by the realisasi module, so
 * planning does not depend on it.
 */
public interface RealisasiTercatat {

    /** Whether a realisation was entered for this IKU lineage (its first version's id) and period. */
    boolean ada(Long ikuAkarId, JenisPeriode jenis, int nomor);
}
