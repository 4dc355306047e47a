package id.kinerja.scoring;

/** Level of control the unit has over an IKU (Kemenlu Tabel 3.18). */
public enum Control {
    HIGH,
    MODERATE,
    LOW
}
