package id.kinerja.perencanaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IkuRepository extends JpaRepository<Iku, Long> {

    @Query("select i from Iku i join fetch i.ss s where s.pk.id = :pkId")
    List<Iku> findByPkId(@Param("pkId") Long pkId);

    List<Iku> findBySsId(Long ssId);
}
