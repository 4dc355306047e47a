package id.kinerja.bukti;

/** A stored file, or a link to evidence kept elsewhere (an http/https address). */
public enum JenisBukti {
    BERKAS, TAUTAN
}
