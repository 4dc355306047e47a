package id.kinerja.realisasi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import id.kinerja.organisasi.JenisPeriode;

public interface RealisasiRepository extends JpaRepository<Realisasi, Long> {

    Optional<Realisasi> findByIkuAkarIdAndJenisPeriodeAndNomor(Long ikuAkarId, JenisPeriode jenisPeriode, int nomor);

    List<Realisasi> findByIkuAkarIdIn(Collection<Long> ikuAkarIds);

    List<Realisasi> findByUnitIdAndTahunAnggaranId(Long unitId, Long tahunAnggaranId);

    List<Realisasi> findByTahunAnggaranIdAndUnitIdIn(Long tahunAnggaranId, Collection<Long> unitIds);
}
