package id.kinerja.laporan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LkjReviuRepository extends JpaRepository<LkjReviu, Long> {

    Optional<LkjReviu> findByLkjId(Long lkjId);
}
