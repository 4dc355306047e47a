package id.kinerja.organisasi;

import java.util.Collection;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    /** For access checks: never flushes pending changes (a check is not a write). */
    @Query("select u.path from Unit u where u.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<String> findPathById(@Param("id") Long id);

    @Query("select u.id from Unit u where u.path like concat(:path, '%')")
    List<Long> findIdSubtree(@Param("path") String path);

    @Query("select u.id from Unit u where u.path like concat(:path, '%') and u.path <> :path")
    List<Long> findIdBawah(@Param("path") String path);

    @Query("select u.id from Unit u where u.induk.path = :path")
    List<Long> findIdAnak(@Param("path") String path);

    @Query("select u.id from Unit u where u.path = :path")
    List<Long> findIdDenganPath(@Param("path") String path);

    @EntityGraph(attributePaths = {"level", "organisasi"})
    @Query("select u from Unit u where u.path in :paths order by u.path")
    List<Unit> findAllByPathIn(@Param("paths") Collection<String> paths);

    @Query("select u.id from Unit u where u.induk is null")
    List<Long> findIdAkar();

    @Query("select o.kota from Organisasi o where o.id = :id")
    Optional<String> findKotaOrganisasi(@Param("id") Long organisasiId);

    @Query("select u.path from Unit u where u.induk is null and u.organisasi.rulebookKey = :kode")
    List<String> findPathAkarDenganRulebook(@Param("kode") String kode);

    /** A whole subtree (the unit itself included), in tree order. */
    @EntityGraph(attributePaths = {"level", "organisasi"})
    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.path")
    List<Unit> findSubtree(@Param("path") String path);

    /**
     * The units an assignment reaches: the whole subtree for PKO and Pimpinan, the unit itself for
     * the other roles.
     */
    default List<Unit> findJangkauan(String path, boolean subtree) {
        return subtree ? findSubtree(path) : findByPath(path).map(List::of).orElse(List.of());
    }

    @EntityGraph(attributePaths = {"level", "organisasi"})
    Optional<Unit> findByPath(String path);

    @EntityGraph(attributePaths = {"level", "organisasi"})
    @Query("select u from Unit u where u.id in :ids order by u.path")
    List<Unit> findAllWithLevel(@Param("ids") Collection<Long> ids);

    @EntityGraph(attributePaths = {"level", "organisasi"})
    @Query("select u from Unit u where u.organisasi.id = :organisasiId and u.induk is null")
    List<Unit> findRoots(@Param("organisasiId") Long organisasiId);

    List<Unit> findByIndukIdOrderByUrutanAscNamaAsc(Long indukId);

    @EntityGraph(attributePaths = {"level", "organisasi"})
    List<Unit> findByKode(String kode);

    @EntityGraph(attributePaths = {"level", "organisasi"})
    List<Unit> findByIndukIsNullOrderByPath();

    boolean existsByOrganisasiIdAndKode(Long organisasiId, String kode);

    boolean existsByIndukIdAndAktifTrue(Long indukId);

    /** Re-roots the descendants of a moved unit: their paths share the old prefix. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update unit set path = :newPrefix || substr(path, length(:oldPrefix) + 1),
                            level_id = (select l.id from unit_level l
                                        where l.organisasi_id = unit.organisasi_id
                                          and l.kedalaman = (select kedalaman from unit_level where id = unit.level_id) + :levelShift),
                            version = version + 1, diubah_pada = now()
            where path like :oldPrefix || '%' and path <> :oldPrefix
            """, nativeQuery = true)
    int geserSubtree(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix,
            @Param("levelShift") int levelShift);
}
