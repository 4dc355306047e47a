package id.kinerja.penilaian;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeberatanNckpRepository extends JpaRepository<KeberatanNckp, Long> {

    Optional<KeberatanNckp> findByUnitIdAndTahun(Long unitId, int tahun);

    List<KeberatanNckp> findByUnitIdInAndTahun(Collection<Long> unitIds, int tahun);

    /** Waiting for the evaluator since before the given moment (the overdue reminder's candidates). */
    List<KeberatanNckp> findByStatusAndDiajukanPadaBeforeOrderById(StatusKeberatan status, OffsetDateTime sebelum);

    /** Waiting for the reviewer since before the given moment. */
    List<KeberatanNckp> findByStatusAndDitanggapiPadaBeforeOrderById(StatusKeberatan status, OffsetDateTime sebelum);
}
