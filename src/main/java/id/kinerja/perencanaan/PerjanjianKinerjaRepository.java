package id.kinerja.perencanaan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PerjanjianKinerjaRepository extends JpaRepository<PerjanjianKinerja, Long> {

    @EntityGraph(attributePaths = {"unit", "unit.level", "unit.organisasi", "tahunAnggaran"})
    @Query("select p from PerjanjianKinerja p where p.id = :id")
    Optional<PerjanjianKinerja> findLengkap(@Param("id") Long id);

    @EntityGraph(attributePaths = {"tahunAnggaran"})
    List<PerjanjianKinerja> findByUnitIdOrderByTahunAnggaranTahunDescNomorVersiDesc(Long unitId);

    Optional<PerjanjianKinerja> findFirstByUnitIdAndTahunAnggaranIdOrderByNomorVersiDesc(Long unitId,
            Long tahunAnggaranId);

    @EntityGraph(attributePaths = {"unit", "unit.level", "unit.organisasi", "tahunAnggaran"})
    List<PerjanjianKinerja> findByTahunAnggaranIdInAndUnitIdIn(Collection<Long> tahunAnggaranIds,
            Collection<Long> unitIds);

    List<PerjanjianKinerja> findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(Long unitId, Long tahunAnggaranId);

    @EntityGraph(attributePaths = {"unit", "tahunAnggaran"})
    @Query("select p from PerjanjianKinerja p where p.status = :status order by p.diajukanPada")
    List<PerjanjianKinerja> findByStatus(@Param("status") StatusPk status);

    @EntityGraph(attributePaths = {"unit", "unit.level", "unit.organisasi", "tahunAnggaran"})
    List<PerjanjianKinerja> findByIdIn(Collection<Long> ids);
}
