package id.kinerja.perencanaan;

public enum MetodeCascading {
    DIRECT, INDIRECT
}
