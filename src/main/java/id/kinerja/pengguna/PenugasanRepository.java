package id.kinerja.pengguna;

import id.kinerja.akses.Peran;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenugasanRepository extends JpaRepository<Penugasan, Long> {

    @EntityGraph(attributePaths = {"unit", "unit.organisasi", "unit.level"})
    List<Penugasan> findByPenggunaIdOrderByUnitPath(Long penggunaId);

    @EntityGraph(attributePaths = {"pengguna"})
    List<Penugasan> findByUnitIdOrderByPeran(Long unitId);

    boolean existsByPenggunaIdAndUnitIdAndPeran(Long penggunaId, Long unitId, Peran peran);
}
