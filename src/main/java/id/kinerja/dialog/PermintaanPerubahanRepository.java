package id.kinerja.dialog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PermintaanPerubahanRepository extends JpaRepository<PermintaanPerubahan, Long> {

    List<PermintaanPerubahan> findByDialogIdOrderById(Long dialogId);

    List<PermintaanPerubahan> findByUnitIdOrderByIdDesc(Long unitId);
}
