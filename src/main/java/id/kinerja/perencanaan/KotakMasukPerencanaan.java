package id.kinerja.perencanaan;

import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning's lines in the inbox: PKs waiting for the user's decision, and the user's units' PKs
 * that were returned or are still drafts. Counted by the database (one query each), never by
 * loading PKs.
 */
@Component
class KotakMasukPerencanaan implements SumberKotakMasuk {

    private final KueriPk kueri;

    KotakMasukPerencanaan(KueriPk kueri) {
        this.kueri = kueri;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        List<ButirKotakMasuk> out = new ArrayList<>();
        long disetujui = kueri.jumlahUntukDiputuskan();
        if (disetujui > 0) {
            out.add(new ButirKotakMasuk("kotakmasuk.pk.untukDiputuskan", List.of(disetujui), "/perencanaan",
                    disetujui, 30));
        }
        KueriPk.JumlahMilik milik = kueri.jumlahMilikSaya();
        if (milik.dikembalikan() > 0) {
            out.add(new ButirKotakMasuk("kotakmasuk.pk.dikembalikan", List.of(milik.dikembalikan()), "/perencanaan",
                    milik.dikembalikan(), 25));
        }
        if (milik.draf() > 0) {
            out.add(new ButirKotakMasuk("kotakmasuk.pk.draf", List.of(milik.draf()), "/perencanaan", milik.draf(),
                    10));
        }
        return out;
    }
}
