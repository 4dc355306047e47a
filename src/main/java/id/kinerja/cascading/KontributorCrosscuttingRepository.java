package id.kinerja.cascading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KontributorCrosscuttingRepository extends JpaRepository<KontributorCrosscutting, Long> {

    List<KontributorCrosscutting> findByIkuIdOrderById(Long ikuId);
}
