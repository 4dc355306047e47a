package id.kinerja.penilaian;

/** Where an objection stands (Kemenlu §G.8); the last three are final. */
public enum StatusKeberatan {
    /** Filed, waiting for the evaluator's written answer. */
    DIAJUKAN,
    /** The evaluator accepted it (and may correct the NP). */
    DITERIMA_PENILAI,
    /** The evaluator rejected it: forwarded with the answer to the evaluator's superior. */
    DITERUSKAN,
    /** The superior's superior accepted it. */
    DITERIMA_ATASAN,
    /** The superior's superior upheld the result. */
    DITOLAK_ATASAN;

    public boolean selesai() {
        return this == DITERIMA_PENILAI || this == DITERIMA_ATASAN || this == DITOLAK_ATASAN;
    }
}
