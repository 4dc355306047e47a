package id.kinerja.pengguna;

import id.kinerja.akses.Peran;
import java.time.LocalDateTime;
import java.util.List;

public record PenggunaView(Long id, String username, String nip, String nama, String jabatan, String pangkatGolongan,
        String email, boolean aktif, boolean superAdmin, LocalDateTime loginTerakhir, long version,
        List<PenugasanView> penugasan) {

    public record PenugasanView(Long id, Long unitId, String unit, String organisasi, Peran peran) {
    }
}
