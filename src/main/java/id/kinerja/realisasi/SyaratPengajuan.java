package id.kinerja.realisasi;

/**
 * A condition a unit's quarterly report must meet before it is submitted, contributed by another
 * part of realisasi (e.g. analysis of red or declining values). Throws a rule exception when unmet.
 */
public interface SyaratPengajuan {

    void periksa(Long unitId, int tahun, int triwulan);
}
