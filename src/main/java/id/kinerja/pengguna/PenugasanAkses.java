package id.kinerja.pengguna;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Peran;
import id.kinerja.akses.SumberAkses;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Accounts and their roles for access control, read fresh on every check (revocation is immediate). */
@Component
class PenugasanAkses implements SumberAkses.PenugasanPengguna {

    private final PenugasanRepository penugasan;

    PenugasanAkses(PenugasanRepository penugasan) {
        this.penugasan = penugasan;
    }

    @Override
    public Optional<Boolean> superAdminAktif(long penggunaId) {
        return penugasan.superAdminAktif(penggunaId);
    }

    @Override
    public List<AksesService.Penugasan> penugasanAktif(long penggunaId) {
        return penugasan.peranDanPathAktif(penggunaId).stream()
                .map(r -> new AksesService.Penugasan((Peran) r[0], (String) r[1])).toList();
    }
}
