package id.kinerja.cascading;

/** How a lower IKU carries an upper one. */
public enum MetodeLink {
    /** Adopted whole: same name, target, unit, definition, polarisation, consolidation, period. */
    DIRECT,
    /** Own scope and name, target distributed; consolidated back up by location consolidation. */
    INDIRECT,
    /** A lower non-cascading IKU supporting the upper one ("jika … maka"), no consolidation. */
    SUPPORT
}
