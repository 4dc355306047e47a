package id.kinerja.perencanaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PetaPanahRepository extends JpaRepository<PetaPanah, Long> {

    /** The arrows of one PK version, oldest first. */
    @Query("select p from PetaPanah p where p.pk.id = :pkId order by p.id")
    List<PetaPanah> findByPkId(@Param("pkId") Long pkId);

    boolean existsByDariIdAndKeId(Long dariId, Long keId);

    /** Arrows that start or end at an SS (to remove with it). */
    @Query("select p from PetaPanah p where p.dari.id = :ssId or p.ke.id = :ssId")
    List<PetaPanah> findBySsId(@Param("ssId") Long ssId);
}
