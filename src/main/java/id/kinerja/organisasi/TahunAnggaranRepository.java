package id.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TahunAnggaranRepository extends JpaRepository<TahunAnggaran, Long> {

    List<TahunAnggaran> findByOrganisasiIdOrderByTahunDesc(Long organisasiId);

    Optional<TahunAnggaran> findByOrganisasiIdAndTahun(Long organisasiId, int tahun);
}
