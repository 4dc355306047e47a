package id.kinerja.cascading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KeselarasanRepository extends JpaRepository<Keselarasan, Long> {

    @Query("select k from Keselarasan k where k.iku.id = :ikuId or k.pendukung.id = :ikuId order by k.id")
    List<Keselarasan> findByIku(@Param("ikuId") Long ikuId);

    boolean existsByIkuIdAndPendukungId(Long ikuId, Long pendukungId);
}
