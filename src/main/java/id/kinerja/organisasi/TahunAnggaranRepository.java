package id.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TahunAnggaranRepository extends JpaRepository<TahunAnggaran, Long> {

    List<TahunAnggaran> findByOrganisasiIdOrderByTahunDesc(Long organisasiId);

    @Query("select t.id from TahunAnggaran t where t.tahun = :tahun")
    List<Long> findIdByTahun(@Param("tahun") int tahun);

    Optional<TahunAnggaran> findByOrganisasiIdAndTahun(Long organisasiId, int tahun);

    /** The latest fiscal year any organisation has opened up to {@code tahun}; null if none. */
    @Query("select max(t.tahun) from TahunAnggaran t where t.tahun <= :tahun")
    Integer tahunTerakhirSampai(@Param("tahun") int tahun);
}
