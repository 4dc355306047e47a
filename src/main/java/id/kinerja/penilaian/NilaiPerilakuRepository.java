package id.kinerja.penilaian;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NilaiPerilakuRepository extends JpaRepository<NilaiPerilaku, Long> {

    Optional<NilaiPerilaku> findByUnitIdAndTahunAndSemester(Long unitId, int tahun, int semester);

    List<NilaiPerilaku> findByUnitIdInAndTahun(Collection<Long> unitIds, int tahun);
}
