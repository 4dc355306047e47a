package id.kinerja.realisasi.kegiatan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapaianKegiatanRepository extends JpaRepository<CapaianKegiatan, Long> {

    List<CapaianKegiatan> findByUnitIdAndTahunAnggaranId(Long unitId, Long tahunAnggaranId);

    List<CapaianKegiatan> findByTahunAnggaranIdAndUnitIdIn(Long tahunAnggaranId, Collection<Long> unitIds);
}
