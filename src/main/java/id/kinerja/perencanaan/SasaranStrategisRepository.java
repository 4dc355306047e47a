package id.kinerja.perencanaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SasaranStrategisRepository extends JpaRepository<SasaranStrategis, Long> {

    List<SasaranStrategis> findByPkId(Long pkId);
}
