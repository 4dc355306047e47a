package id.kinerja.scoring;

/** Validity level of an IKU (Kemenlu Tabel 3.18). */
public enum Validity {
    EXACT,
    PROXY,
    ACTIVITY
}
