package id.kinerja.renstra;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenstraRepository extends JpaRepository<Renstra, Long> {

    List<Renstra> findByUnitIdOrderByTahunMulaiDesc(Long unitId);

    Optional<Renstra> findByUnitIdAndTahunMulai(Long unitId, int tahunMulai);
}
