package id.kinerja.organisasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisasiRepository extends JpaRepository<Organisasi, Long> {

    Optional<Organisasi> findByKode(String kode);
}
