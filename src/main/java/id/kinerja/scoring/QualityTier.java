package id.kinerja.scoring;

/** IKU quality tier (Marves Tabel 3) used by the {@link WeightingScheme#QUALITY_TIER} scheme. */
public enum QualityTier {
    ULTIMATE_OUTCOME,
    INTERMEDIATE_OUTCOME,
    IMMEDIATE_OUTCOME,
    OUTPUT
}
