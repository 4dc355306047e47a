package id.kinerja.organisasi;

import java.time.LocalDate;
import java.util.List;

public record TahunAnggaranView(Long id, Long organisasiId, String organisasi, int tahun, StatusTahun status,
        long version, List<PeriodeView> periode) {

    public record PeriodeView(Long id, JenisPeriode jenis, int nomor, String kode, LocalDate mulai, LocalDate selesai,
            LocalDate batasLapor) {
    }
}
