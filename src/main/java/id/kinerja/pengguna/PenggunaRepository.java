package id.kinerja.pengguna;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PenggunaRepository extends JpaRepository<Pengguna, Long> {

    Optional<Pengguna> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByNip(String nip);

    /** Users holding any role on a unit inside one of the given subtrees. */
    @Query("""
            select distinct g from Penugasan p join p.pengguna g
            where p.unit.path like concat(:prefix, '%')
            order by g.nama
            """)
    List<Pengguna> findByUnitPathPrefix(@Param("prefix") String prefix);

    List<Pengguna> findAllByOrderByNamaAsc();

    List<Pengguna> findBySuperAdminTrueAndAktifTrue();

    List<Pengguna> findByIdIn(Collection<Long> ids);

    @Query("select g.wajibGantiPassword from Pengguna g where g.id = :id")
    Optional<Boolean> wajibGantiPassword(@Param("id") long id);

    /** Plain SQL on purpose: a login is not an edit, so neither version nor audit trail move. */
    @Modifying
    @Query(value = """
            update pengguna set
              terkunci_sampai = case when gagal_login + 1 >= :batas then :sampai else terkunci_sampai end,
              gagal_login = case when gagal_login + 1 >= :batas then 0 else gagal_login + 1 end
            where username = :username
            """, nativeQuery = true)
    int catatGagalLogin(@Param("username") String username, @Param("batas") int batas,
            @Param("sampai") Instant sampai);

    @Modifying
    @Query(value = "update pengguna set gagal_login = 0, terkunci_sampai = null, login_terakhir = :now "
            + "where username = :username", nativeQuery = true)
    int catatLoginBerhasil(@Param("username") String username, @Param("now") Instant now);
}
