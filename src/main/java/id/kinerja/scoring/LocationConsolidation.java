package id.kinerja.scoring;

/** How an indirectly cascaded IKU's lower-unit values make the upper unit's value (scoring.md §11). */
public enum LocationConsolidation {
    /** Sum of the lower values. */
    SUM,
    /** Mean of the lower values. */
    AVERAGE,
    /** Σ numerators / Σ denominators × 100. */
    RAW_DATA
}
