package id.kinerja.dialog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TindakLanjutDialogRepository extends JpaRepository<TindakLanjutDialog, Long> {

    List<TindakLanjutDialog> findByDialogIdOrderById(Long dialogId);

    List<TindakLanjutDialog> findByUnitIdAndStatusOrderByBatasTahunAscBatasBulanAscIdAsc(Long unitId,
            TindakLanjutDialog.Status status);
}
