package id.kinerja.realisasi;

/** A score is provisional until the validation forum locks the quarter for the unit (scoring.md §13). */
public enum StatusSkor {
    SEMENTARA, FINAL
}
