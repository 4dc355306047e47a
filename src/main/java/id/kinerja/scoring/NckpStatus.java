package id.kinerja.scoring;

/** Status of an NCKP (scoring.md §10): ≥ 100 Baik Sekali; 90 ≤ X < 100 Baik; < 90 Cukup. */
public enum NckpStatus {
    BAIK_SEKALI,
    BAIK,
    CUKUP
}
