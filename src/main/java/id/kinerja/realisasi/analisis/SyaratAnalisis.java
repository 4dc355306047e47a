package id.kinerja.realisasi.analisis;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.realisasi.SyaratPengajuan;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A report with a red or declining value is not submitted without that value's analysis. */
@Component
class SyaratAnalisis implements SyaratPengajuan {

    private final AnalisisService analisis;

    SyaratAnalisis(AnalisisService analisis) {
        this.analisis = analisis;
    }

    @Override
    public void periksa(Long unitId, int tahun, int triwulan) {
        List<AnalisisService.AnalisisWajib> kurang = analisis.nilaiTanpaAnalisisWajib(unitId, tahun, triwulan);
        if (!kurang.isEmpty()) {
            throw new BusinessRuleException("laporan", "analisis.ajukan.wajib",
                    kurang.stream().map(AnalisisService.AnalisisWajib::kode).collect(Collectors.joining(", ")));
        }
    }
}
