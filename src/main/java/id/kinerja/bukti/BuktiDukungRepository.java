package id.kinerja.bukti;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuktiDukungRepository extends JpaRepository<BuktiDukung, Long> {

    List<BuktiDukung> findByJenisPemilikAndPemilikIdOrderById(String jenisPemilik, long pemilikId);

    List<BuktiDukung> findByJenisPemilikAndPemilikIdInOrderById(String jenisPemilik, Collection<Long> ids);

    long countByJenisPemilikAndPemilikId(String jenisPemilik, long pemilikId);
}
