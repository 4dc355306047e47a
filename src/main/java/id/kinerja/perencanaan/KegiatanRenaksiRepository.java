package id.kinerja.perencanaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KegiatanRenaksiRepository extends JpaRepository<KegiatanRenaksi, Long> {

    @Query("select k from KegiatanRenaksi k where k.iku.ss.pk.id = :pkId order by k.triwulan, k.id")
    List<KegiatanRenaksi> findByPkId(@Param("pkId") Long pkId);

    List<KegiatanRenaksi> findByIkuId(Long ikuId);
}
