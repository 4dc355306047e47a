package id.kinerja.scoring;

/** How IKU capaian roll up into the organisation score. */
public enum RollUp {
    /** Through sasaran strategis and perspectives: NSS → Np → NCKO (scoring.md §5–6). */
    NCKO,
    /** Flat over all IKU of the PK (scoring.md §7). */
    NKO
}
