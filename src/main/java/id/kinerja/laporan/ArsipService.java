package id.kinerja.laporan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.galat.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The document archive of a unit's year: every {@link DokumenArsip} contribution, signed LKj first. */
@Service
public class ArsipService {

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final List<DokumenArsip> sumber;

    ArsipService(AksesService akses, OrganisasiQuery organisasi, List<DokumenArsip> sumber) {
        this.akses = akses;
        this.organisasi = organisasi;
        this.sumber = List.copyOf(sumber);
    }

    public record Halaman(Long unitId, String unitKode, String unit, int tahun, List<DokumenArsip.Dokumen> dokumen) {
    }

    @Transactional(readOnly = true)
    public Halaman daftar(Long unitId, int tahun) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo u = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        if (tahun < LkjService.TAHUN_MIN || tahun > LkjService.TAHUN_MAKS) {
            throw new NotFoundException("Tahun", tahun);
        }
        List<DokumenArsip.Dokumen> semua = new ArrayList<>();
        sumber.stream().sorted(Comparator.comparing(s -> s instanceof LkjDokumenArsip ? 0 : 1))
                .forEach(s -> semua.addAll(s.dokumen(unitId, tahun)));
        return new Halaman(u.id(), u.kode(), u.nama(), tahun, semua);
    }
}
