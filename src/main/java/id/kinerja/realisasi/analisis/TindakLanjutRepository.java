package id.kinerja.realisasi.analisis;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TindakLanjutRepository extends JpaRepository<TindakLanjut, Long> {

    List<TindakLanjut> findByAnalisisIdInOrderById(Collection<Long> analisisIds);
}
