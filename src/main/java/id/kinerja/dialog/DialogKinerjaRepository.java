package id.kinerja.dialog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DialogKinerjaRepository extends JpaRepository<DialogKinerja, Long> {

    List<DialogKinerja> findByUnitIdAndTahunOrderByTanggalDescIdDesc(Long unitId, int tahun);
}
