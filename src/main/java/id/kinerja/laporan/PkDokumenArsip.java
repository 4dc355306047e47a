package id.kinerja.laporan;

import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The PK and Manual IKU prints of the unit's year (the version in force at year end), by their
 * print URLs in the planning module. Live prints: no hash (the planning module does not freeze them).
 */
@Component
class PkDokumenArsip implements DokumenArsip {

    private final RencanaKinerjaApi rencana;
    private final OrganisasiQuery organisasi;
    private final MessageSource pesan;

    PkDokumenArsip(RencanaKinerjaApi rencana, OrganisasiQuery organisasi, MessageSource pesan) {
        this.pesan = pesan;
        this.rencana = rencana;
        this.organisasi = organisasi;
    }

    @Override
    public List<Dokumen> dokumen(Long unitId, int tahun) {
        List<Dokumen> out = new ArrayList<>();
        organisasi.unit(unitId).flatMap(u -> rencana.berlaku(unitId, u.organisasiId(), tahun, 4)).ifPresent(pk -> {
            String judul = "PK " + tahun + " v" + pk.nomorVersi();
            Locale bahasa = LocaleContextHolder.getLocale();
            out.add(new Dokumen(pesan.getMessage("arsip.jenis.PK", null, bahasa), judul,
                    "/perencanaan/pk/" + pk.pkId() + "/cetak.pdf", null, null));
            out.add(new Dokumen(pesan.getMessage("arsip.jenis.MANUAL_IKU", null, bahasa), judul, "/perencanaan/pk/" + pk.pkId() + "/manual-iku.pdf", null, null));
        });
        return out;
    }
}
