package id.kinerja.penilaian;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviuNckpRepository extends JpaRepository<ReviuNckp, Long> {

    Optional<ReviuNckp> findByUnitIdAndTahun(Long unitId, int tahun);

    List<ReviuNckp> findByUnitIdInAndTahun(Collection<Long> unitIds, int tahun);
}
