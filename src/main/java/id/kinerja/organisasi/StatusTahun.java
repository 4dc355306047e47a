package id.kinerja.organisasi;

public enum StatusTahun {
    PERENCANAAN, BERJALAN, DITUTUP
}
