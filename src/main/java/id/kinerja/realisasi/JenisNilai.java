package id.kinerja.realisasi;

/** What kind of value was entered for an IKU in a period. */
public enum JenisNilai {
    /** A number typed (Indonesian format in forms). */
    ANGKA,
    /** Numerator and denominator of a raw-data IKU; the ratio × 100 is computed, never typed. */
    RASIO,
    /** A label of the IKU's qualitative scale (Opini BPK: WTP, WDP, TW, TMP), scored on its number. */
    LABEL,
    /** Explicitly not available, with a reason; left out of every weighting (not zero). */
    NA
}
