package id.kinerja.validasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import id.kinerja.realisasi.ValidasiRealisasiApi;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The forum's lines in the inbox: values waiting for a verdict and quarters ready to lock (for
 * validators and the central PKO), values judged tidak valid (for the unit's planners). Three
 * COUNT queries scoped by the user's reach.
 */
@Component
class ValidasiKotakMasuk implements SumberKotakMasuk {

    private final AksesService akses;
    private final ValidasiRealisasiApi realisasi;

    ValidasiKotakMasuk(AksesService akses, ValidasiRealisasiApi realisasi) {
        this.akses = akses;
        this.realisasi = realisasi;
    }

    @Override
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        List<ButirKotakMasuk> out = new ArrayList<>();
        AksesService.Cakupan validasi = akses.cakupan(Aksi.VALIDASI);
        if (validasi.semua() || !validasi.penugasan().isEmpty()) {
            // a super admin sees every ministry's forum: no inbox line for the whole country
            if (!validasi.semua()) {
                out.add(new ButirKotakMasuk("kotakMasuk.validasi.menunggu", List.of(), "/validasi",
                        realisasi.jumlahMenungguValidasi(validasi), 2));
                out.add(new ButirKotakMasuk("kotakMasuk.validasi.siapKunci", List.of(), "/validasi",
                        realisasi.jumlahSiapDikunci(validasi), 2));
            }
        }
        AksesService.Cakupan susun = akses.cakupan(Aksi.SUSUN);
        if (!susun.semua() && !susun.penugasan().isEmpty()) {
            out.add(new ButirKotakMasuk("kotakMasuk.validasi.dikembalikan", List.of(), "/validasi",
                    realisasi.jumlahDikembalikan(susun), 3));
        }
        return out;
    }
}
