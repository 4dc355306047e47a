package id.kinerja.scoring;

/** Balanced-scorecard perspective of a sasaran strategis (scoring.md §6). */
public enum Perspective {
    STAKEHOLDER,
    CUSTOMER,
    /** Three-perspective maps merge stakeholder and customer. */
    STAKEHOLDER_CUSTOMER,
    INTERNAL_PROCESS,
    LEARNING_GROWTH
}
