package id.kinerja.cascading;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CascadingRepository extends JpaRepository<Cascading, Long> {

    @Query("""
            select c from Cascading c join fetch c.bawah b join fetch b.ss s join fetch s.pk p join fetch p.unit
            where c.atas.id in :ids order by c.id""")
    List<Cascading> findByAtasIds(@Param("ids") Collection<Long> ids);

    @Query("select c from Cascading c where c.bawah.id in :ids")
    List<Cascading> findByBawahIds(@Param("ids") Collection<Long> ids);

    boolean existsByAtasIdAndBawahId(Long atasId, Long bawahId);
}
