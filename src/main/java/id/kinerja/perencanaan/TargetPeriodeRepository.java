package id.kinerja.perencanaan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TargetPeriodeRepository extends JpaRepository<TargetPeriode, Long> {

    @Query("select t from TargetPeriode t where t.iku.ss.pk.id = :pkId")
    List<TargetPeriode> findByPkId(@Param("pkId") Long pkId);

    @Query("select t from TargetPeriode t where t.iku.ss.pk.id in :pkIds")
    List<TargetPeriode> findByPkIdIn(@Param("pkIds") Collection<Long> pkIds);

    List<TargetPeriode> findByIkuIdOrderByNomor(Long ikuId);

    /** The targets of many IKU with their IKU (the previous version's, for revision rules), one query. */
    @Query("select t from TargetPeriode t join fetch t.iku where t.iku.id in :ikuIds")
    List<TargetPeriode> findByIkuIdIn(@Param("ikuIds") java.util.Collection<Long> ikuIds);
}
