package id.kinerja.organisasi;

/** Unit kerja, a representation abroad, or an individual position (jabatan). */
public enum JenisUnit {
    UNIT_KERJA, PERWAKILAN, JABATAN
}
