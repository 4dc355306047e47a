package id.kinerja.scoring;

/** Expected direction of the realisation relative to the target (scoring.md §3). */
public enum Polarization {
    /** Higher is better: R / T × 100. */
    MAXIMIZE,
    /** Lower is better: (1 + (1 − R / T)) × 100. */
    MINIMIZE,
    /** Closest to the target (or inside the target range) is best. */
    STABILIZE
}
