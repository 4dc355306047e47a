package id.kinerja.laporan;

import id.kinerja.organisasi.OrganisasiQuery;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Signed LKj of the unit's year, with the SHA-256 of the archived PDF. */
@Component
class LkjDokumenArsip implements DokumenArsip {

    private final LkjArsipRepository arsip;
    private final OrganisasiQuery organisasi;
    private final MessageSource pesan;

    LkjDokumenArsip(LkjArsipRepository arsip, OrganisasiQuery organisasi, MessageSource pesan) {
        this.arsip = arsip;
        this.organisasi = organisasi;
        this.pesan = pesan;
    }

    @Override
    public List<Dokumen> dokumen(Long unitId, int tahun) {
        String kode = organisasi.unit(unitId).map(OrganisasiQuery.UnitInfo::kode).orElse("");
        return arsip.daftar(unitId, tahun).stream().flatMap(a -> {
            String dasar = "/laporan/lkj/" + kode + "/" + tahun + "/" + a.periode().name();
            String judul = pesan.getMessage("lkj.arsip.judul." + a.periode().name(), new Object[] {String.valueOf(tahun)},
                    LkjPenyusun.DOKUMEN);
            return Stream.of(
                    new Dokumen(jenis("arsip.jenis.LKJ_PDF"), judul, dasar + ".pdf", a.sha256Pdf(), a.dibuatPada()),
                    new Dokumen(jenis("arsip.jenis.LKJ_DOCX"), judul, dasar + ".docx", a.sha256Docx(), a.dibuatPada()));
        }).toList();
    }

    private String jenis(String kunci) {
        return pesan.getMessage(kunci, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
