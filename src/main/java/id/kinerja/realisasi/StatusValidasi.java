package id.kinerja.realisasi;

/** The validation forum's verdict on one value (set by the next issue; null = not validated yet). */
public enum StatusValidasi {
    VALID, TIDAK_VALID
}
