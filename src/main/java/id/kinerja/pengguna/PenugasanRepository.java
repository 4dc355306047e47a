package id.kinerja.pengguna;

import id.kinerja.akses.Peran;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface PenugasanRepository extends JpaRepository<Penugasan, Long> {

    @EntityGraph(attributePaths = {"unit", "unit.organisasi", "unit.level"})
    List<Penugasan> findByPenggunaIdOrderByUnitPath(Long penggunaId);

    @EntityGraph(attributePaths = {"pengguna"})
    List<Penugasan> findByUnitIdOrderByPeran(Long unitId);

    /** For access checks: [peran, unit path] on active units; never flushes (a check is not a write). */
    @Query("select p.peran, p.unit.path from Penugasan p where p.pengguna.id = :id and p.unit.aktif = true")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Object[]> peranDanPathAktif(@Param("id") Long penggunaId);

    @Query("select distinct p.pengguna.id from Penugasan p where p.unit.id in :unitIds")
    List<Long> penggunaDiUnit(@Param("unitIds") Collection<Long> unitIds);

    @Query("select g.superAdmin from Pengguna g where g.id = :id and g.aktif = true")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Boolean> superAdminAktif(@Param("id") Long penggunaId);

    boolean existsByPenggunaIdAndUnitIdAndPeran(Long penggunaId, Long unitId, Peran peran);
}
