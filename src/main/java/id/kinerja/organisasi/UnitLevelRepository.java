package id.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitLevelRepository extends JpaRepository<UnitLevel, Long> {

    List<UnitLevel> findByOrganisasiIdOrderByKedalaman(Long organisasiId);

    Optional<UnitLevel> findByOrganisasiIdAndKedalaman(Long organisasiId, int kedalaman);

    @org.springframework.data.jpa.repository.Query(
            "select l from UnitLevel l where l.organisasi.rulebookKey = :kode order by l.kedalaman, l.id")
    List<UnitLevel> findByRulebook(@org.springframework.data.repository.query.Param("kode") String kode);
}
