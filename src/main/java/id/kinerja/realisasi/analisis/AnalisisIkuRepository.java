package id.kinerja.realisasi.analisis;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnalisisIkuRepository extends JpaRepository<AnalisisIku, Long> {

    List<AnalisisIku> findByUnitIdAndTahunAnggaranId(Long unitId, Long tahunAnggaranId);

    List<AnalisisIku> findByTahunAnggaranIdAndUnitIdIn(Long tahunAnggaranId, java.util.Collection<Long> unitIds);
}
