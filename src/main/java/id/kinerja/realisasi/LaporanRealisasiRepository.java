package id.kinerja.realisasi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LaporanRealisasiRepository extends JpaRepository<LaporanRealisasi, Long> {

    Optional<LaporanRealisasi> findByUnitIdAndTahunAnggaranIdAndTriwulan(Long unitId, Long tahunAnggaranId,
            int triwulan);

    List<LaporanRealisasi> findByUnitIdAndTahunAnggaranId(Long unitId, Long tahunAnggaranId);

    List<LaporanRealisasi> findByStatus(StatusLaporan status);

    List<LaporanRealisasi> findByTahunAnggaranIdInAndUnitIdIn(Collection<Long> tahunAnggaranIds,
            Collection<Long> unitIds);
}
