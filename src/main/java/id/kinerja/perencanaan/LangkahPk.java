package id.kinerja.perencanaan;

/** A step of a PK version's workflow, as its history records it. */
public enum LangkahPk {
    AJUKAN, TARIK, KEMBALIKAN, TETAPKAN
}
