package id.kinerja.laporan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LkjArsipRepository extends JpaRepository<LkjArsip, Long> {

    Optional<LkjArsip> findByLkjId(Long lkjId);

    /** The archive list without the files. */
    @Query("select new id.kinerja.laporan.LkjArsipRepository$Baris(a.lkjId, a.periode, a.sha256Pdf, a.sha256Docx, "
            + "a.simpanSampai, a.dibuatPada) from LkjArsip a where a.unitId = ?1 and a.tahun = ?2 order by a.periode")
    List<Baris> daftar(Long unitId, int tahun);

    record Baris(Long lkjId, PeriodeLkj periode, String sha256Pdf, String sha256Docx, LocalDate simpanSampai,
            Instant dibuatPada) {
    }
}
