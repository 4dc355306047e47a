package id.kinerja.scoring;

/** How the values of periods 1..n are consolidated into "s.d. period n" (scoring.md §2). */
public enum PeriodConsolidation {
    /** Sum of the available period values 1..n. */
    SUM,
    /** Arithmetic mean of the available period values 1..n. */
    AVERAGE,
    /** Value of the latest period ≤ n that is not n/a. */
    TAKE_LAST_KNOWN
}
