package id.kinerja.perencanaan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PkAnggaranRepository extends JpaRepository<PkAnggaran, Long> {

    List<PkAnggaran> findByPkIdOrderById(Long pkId);

    List<PkAnggaran> findByPkIdIn(Collection<Long> pkIds);
}
