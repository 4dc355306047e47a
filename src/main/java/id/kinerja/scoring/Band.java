package id.kinerja.scoring;

/** Traffic-light status band of a capaian, NSS, Np or score (Kemenlu Gambar 3.33). */
public enum Band {
    HIJAU,
    KUNING,
    MERAH
}
