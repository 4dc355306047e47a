package id.kinerja.audit;

public enum AuditAksi {
    BUAT, UBAH, HAPUS, AJUKAN, SETUJUI, KEMBALIKAN, VALIDASI, BUKA_KEMBALI, LAINNYA
}
