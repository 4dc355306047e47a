package id.kinerja.pengguna;

import id.kinerja.akses.Peran;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials of a unit for other modules (signatories, addressees): their own tables stay private. */
@Service
public class PejabatUnit {

    private final PenugasanRepository penugasan;

    PejabatUnit(PenugasanRepository penugasan) {
        this.penugasan = penugasan;
    }

    public record Pejabat(Long penggunaId, String username, String nama, String nip, String pangkat) {
    }

    /** The unit's head: its first active PIMPINAN account (the oldest assignment), if any. */
    @Transactional(readOnly = true)
    public Optional<Pejabat> pimpinan(long unitId) {
        return penugasan.findByUnitIdOrderByPeran(unitId).stream()
                .filter(p -> p.getPeran() == Peran.PIMPINAN && p.getPengguna().isAktif())
                .min(Comparator.comparing(Penugasan::getId))
                .map(p -> {
                    Pengguna g = p.getPengguna();
                    return new Pejabat(g.getId(), g.getUsername(), g.getNama(), g.getNip(), g.getPangkatGolongan());
                });
    }
}
