package id.kinerja.rulebook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RulebookVersiRepository extends JpaRepository<RulebookVersi, Long> {

    /** The version in force in a quarter: the latest one that started on or before it. */
    @Query("""
            select v from RulebookVersi v where v.kode = :kode
              and (v.berlakuTahun < :tahun or (v.berlakuTahun = :tahun and v.berlakuTriwulan <= :triwulan))
            order by v.berlakuTahun desc, v.berlakuTriwulan desc limit 1
            """)
    Optional<RulebookVersi> findBerlaku(@Param("kode") String kode, @Param("tahun") int tahun,
            @Param("triwulan") int triwulan);

    List<RulebookVersi> findByKodeOrderByBerlakuTahunDescBerlakuTriwulanDesc(String kode);

    Optional<RulebookVersi> findByKodeAndBerlakuTahunAndBerlakuTriwulan(String kode, int tahun, int triwulan);

    @Query("select distinct v.kode from RulebookVersi v order by v.kode")
    List<String> findKode();
}
