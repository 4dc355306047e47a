package id.kinerja.realisasi.cetak;

import id.kinerja.bukti.BuktiService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Evidence of realisation values for prints, read through the evidence module's panels. */
@Component
class BuktiCetakDariModul implements BuktiUntukCetak {

    /** The evidence module answers at most this many owners per call. */
    private static final int POTONGAN = 1000;

    private final BuktiService bukti;

    BuktiCetakDariModul(BuktiService bukti) {
        this.bukti = bukti;
    }

    @Override
    public Map<Long, List<Bukti>> untukRealisasi(Collection<Long> realisasiIds) {
        Map<Long, List<Bukti>> hasil = new HashMap<>();
        List<Long> semua = new ArrayList<>(realisasiIds);
        for (int i = 0; i < semua.size(); i += POTONGAN) {
            bukti.panelSemua("REALISASI", semua.subList(i, Math.min(semua.size(), i + POTONGAN)))
                    .forEach((id, panel) -> {
                        List<Bukti> daftar = panel.daftar().stream()
                                .map(b -> new Bukti(b.berkas() ? b.nama() : b.url(), b.sha256())).toList();
                        if (!daftar.isEmpty()) {
                            hasil.put(id, daftar);
                        }
                    });
        }
        return hasil;
    }
}
