package id.kinerja.realisasi.analisis;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnalisisIkuRepository extends JpaRepository<AnalisisIku, Long> {

    List<AnalisisIku> findByUnitIdAndTahunAnggaranId(Long unitId, Long tahunAnggaranId);

    List<AnalisisIku> findByTahunAnggaranIdAndUnitIdIn(Long tahunAnggaranId, Collection<Long> unitIds);
}
