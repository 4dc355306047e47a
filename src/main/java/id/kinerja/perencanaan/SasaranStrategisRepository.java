package id.kinerja.perencanaan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SasaranStrategisRepository extends JpaRepository<SasaranStrategis, Long> {

    List<SasaranStrategis> findByPkId(Long pkId);

    /** SS of the current PK versions of the given (ancestor) units in one fiscal year. */
    @Query("""
            select s from SasaranStrategis s join fetch s.pk p join fetch p.unit u
            where u.id in :unitIds and p.tahunAnggaran.id = :tahunAnggaranId
              and p.status <> id.kinerja.perencanaan.StatusPk.DIGANTIKAN
            order by u.path desc, s.kode""")
    List<SasaranStrategis> findDiUnit(@Param("unitIds")
            Collection<Long> unitIds,
            @Param("tahunAnggaranId") Long tahunAnggaranId);
}
