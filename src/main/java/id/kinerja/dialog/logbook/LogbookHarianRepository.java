package id.kinerja.dialog.logbook;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LogbookHarianRepository extends JpaRepository<LogbookHarian, Long> {

    List<LogbookHarian> findTop500ByUnitIdAndTanggalBetweenOrderByTanggalAscIdAsc(Long unitId, LocalDate dari,
            LocalDate sampai);

    List<LogbookHarian> findTop200ByUnitIdAndKategoriAndJawabanIsNullOrderByTanggalAscIdAsc(Long unitId,
            LogbookHarian.Kategori kategori);
}
