package id.kinerja.realisasi;

/**
 * Workflow of a unit's quarterly realisation report: drafted and submitted by the planner,
 * approved or returned (with a note) by the head of the unit or above.
 */
public enum StatusLaporan {
    DRAFT, DIAJUKAN, DISETUJUI, DIKEMBALIKAN;

    /** Values may be entered or changed only while the report is with the planner. */
    public boolean dapatDiisi() {
        return this == DRAFT || this == DIKEMBALIKAN;
    }
}
