package id.kinerja.validasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BeritaAcaraValidasiRepository extends JpaRepository<BeritaAcaraValidasi, Long> {

    List<BeritaAcaraValidasi> findByUnitIdAndTahunAnggaranIdAndTriwulanOrderByUrutDesc(Long unitId,
            Long tahunAnggaranId, int triwulan);

    Optional<BeritaAcaraValidasi> findFirstByUnitIdAndTahunAndTriwulanOrderByUrutDesc(Long unitId, int tahun,
            int triwulan);

    Optional<BeritaAcaraValidasi> findByIdAndUnitId(Long id, Long unitId);
}
