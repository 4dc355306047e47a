package id.kinerja.scoring;

/** Which IKU weight table a rulebook uses (scoring.md §4). */
public enum WeightingScheme {
    /** §4 A: validity × control for map owners, validity only for the others (Kemenlu). */
    VALIDITY_CONTROL,
    /** §4 B: IKU quality tier (Marves, Kemenkeu). */
    QUALITY_TIER
}
