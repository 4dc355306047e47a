package id.kinerja.laporan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

interface LkjRepository extends JpaRepository<Lkj, Long> {

    Optional<Lkj> findByUnitIdAndTahunAndPeriode(Long unitId, int tahun, PeriodeLkj periode);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Lkj> findForUpdateByUnitIdAndTahunAndPeriode(Long unitId, int tahun, PeriodeLkj periode);

    List<Lkj> findByUnitIdAndTahun(Long unitId, int tahun);
}
