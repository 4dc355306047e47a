package id.kinerja.penilaian;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeberatanNckpRepository extends JpaRepository<KeberatanNckp, Long> {

    Optional<KeberatanNckp> findByUnitIdAndTahun(Long unitId, int tahun);

    List<KeberatanNckp> findByUnitIdInAndTahun(Collection<Long> unitIds, int tahun);
}
