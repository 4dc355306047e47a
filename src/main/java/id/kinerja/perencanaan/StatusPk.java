package id.kinerja.perencanaan;

/** Workflow of a PK version: drafted, submitted, approved (read-only) or returned with a comment. */
public enum StatusPk {
    DRAFT, DIAJUKAN, DITETAPKAN, DIKEMBALIKAN, DIGANTIKAN;

    public boolean dapatDiubah() {
        return this == DRAFT || this == DIKEMBALIKAN;
    }
}
