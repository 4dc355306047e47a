package id.kinerja.scoring;

/** The kind of score a {@link ScoringResult} holds. */
public enum ScoreType {
    /** Nilai Capaian Kinerja Organisasi: map owner under an NCKO rulebook. */
    NCKO,
    /** Capaian Kinerja Pegawai: non-map owner under an NCKO rulebook (flat, validity-only weights). */
    CKP,
    /** Nilai Kinerja Organisasi: any PK under an NKO rulebook. */
    NKO
}
