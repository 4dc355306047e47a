package id.kinerja.organisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodeRepository extends JpaRepository<Periode, Long> {

    List<Periode> findByTahunAnggaranIdOrderByJenisAscNomorAsc(Long tahunAnggaranId);
}
