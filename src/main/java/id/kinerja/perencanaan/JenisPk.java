package id.kinerja.perencanaan;

public enum JenisPk {
    AWAL, REVISI, KOMPLEMEN
}
