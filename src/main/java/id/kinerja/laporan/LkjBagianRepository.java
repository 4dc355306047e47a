package id.kinerja.laporan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LkjBagianRepository extends JpaRepository<LkjBagian, Long> {

    List<LkjBagian> findByLkjId(Long lkjId);

    Optional<LkjBagian> findByLkjIdAndKunci(Long lkjId, String kunci);
}
