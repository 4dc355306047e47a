package id.kinerja.perencanaan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IkuRepository extends JpaRepository<Iku, Long> {

    @Query("select i from Iku i join fetch i.ss s where s.pk.id = :pkId")
    List<Iku> findByPkId(@Param("pkId") Long pkId);

    List<Iku> findBySsId(Long ssId);

    /** The IKU of many PKs at once (batch scoring of a subtree). */
    @Query("select i from Iku i join fetch i.ss s join fetch s.pk where s.pk.id in :pkIds")
    List<Iku> findByPkIdIn(@Param("pkIds") Collection<Long> pkIds);

    /** The copies of an IKU in later PK versions (revisi/komplemen point back through asal). */
    @Query("select i from Iku i join fetch i.ss s join fetch s.pk where i.asal.id = :asalId")
    List<Iku> findByAsalId(@Param("asalId") Long asalId);

    /** Non-cascading IKU of the units below (current versions), candidates to support an upper IKU. */
    @Query("""
            select i from Iku i join fetch i.ss s join fetch s.pk p join fetch p.unit u
            where u.path like :prefix and u.id <> :unitId and p.tahunAnggaran.id = :tahunAnggaranId
              and i.konsolidasi.jenisCascading = id.kinerja.perencanaan.JenisCascading.N
              and p.status <> id.kinerja.perencanaan.StatusPk.DIGANTIKAN
            order by u.path, i.kode""")
    List<Iku> findNonCascadingDiBawah(@Param("prefix") String prefix, @Param("unitId") Long unitId,
            @Param("tahunAnggaranId") Long tahunAnggaranId);

    /** IKU of the other units on the same level of one organisation (current versions): alignment candidates. */
    @Query("""
            select i from Iku i join fetch i.ss s join fetch s.pk p join fetch p.unit u
            where u.organisasi.id = :organisasiId and u.level.kedalaman = :kedalaman and u.id <> :unitId
              and p.tahunAnggaran.id = :tahunAnggaranId
              and p.status <> id.kinerja.perencanaan.StatusPk.DIGANTIKAN
            order by u.path, i.kode""")
    List<Iku> findSelevel(@Param("organisasiId") Long organisasiId, @Param("kedalaman") int kedalaman,
            @Param("unitId") Long unitId, @Param("tahunAnggaranId") Long tahunAnggaranId);

    /** A PK's IKU with their trajectory targets in one query (the Excel import changes both). */
    @Query("select distinct i from Iku i join fetch i.ss s left join fetch i.targetPeriode where s.pk.id = :pkId")
    List<Iku> findByPkIdDenganTarget(@Param("pkId") Long pkId);
}
