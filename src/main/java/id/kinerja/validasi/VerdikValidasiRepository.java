package id.kinerja.validasi;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdikValidasiRepository extends JpaRepository<VerdikValidasi, Long> {

    List<VerdikValidasi> findByRealisasiIdInOrderByPadaAscIdAsc(Collection<Long> realisasiIds);
}
