package id.kinerja.akses;

/**
 * A role held on one unit. PKO and PIMPINAN also cover the unit's subtree; the others only the
 * unit itself. Super admin is a flag on the user, not an assignment.
 */
public enum Peran {
    PKO_PUSAT(true), PKO_UNIT(true), PERENCANA(false), PIMPINAN(true), VALIDATOR(false),
    /** HR / organisation / finance official of a unit: reads its employees' confidential NCKP. */
    PENGELOLA_SDM(true);

    private final boolean mencakupSubtree;

    Peran(boolean mencakupSubtree) {
        this.mencakupSubtree = mencakupSubtree;
    }

    public boolean mencakupSubtree() {
        return mencakupSubtree;
    }
}
