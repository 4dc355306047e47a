package id.kinerja.perencanaan;

/** Kemenlu Tabel 3.41: the suffix of an IKU code. */
public enum JenisCascading {
    /** Cascading peta: derived from a higher unit's map. */
    CP,
    /** Cascading non-peta: starts at a non-map owner and is cascaded further down. */
    C,
    /** Non-cascading: defined at this unit. */
    N
}
