package id.kinerja.realisasi;

import id.kinerja.bukti.InfoPemilik;
import id.kinerja.bukti.PemilikBukti;
import id.kinerja.organisasi.OrganisasiQuery;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A realisation value as owner of bukti dukung (kind {@code REALISASI}, id = realisasi.id): the
 * evidence follows the value's unit for access and is read-only once the quarter's report is
 * submitted, approved or locked — exactly when the value itself is. Called inside the evidence
 * service's transaction.
 */
@Component
class RealisasiPemilikBukti implements PemilikBukti {

    static final String JENIS = "REALISASI";

    private final RealisasiRepository nilai;
    private final LaporanRealisasiRepository laporan;
    private final OrganisasiQuery organisasi;

    RealisasiPemilikBukti(RealisasiRepository nilai, LaporanRealisasiRepository laporan, OrganisasiQuery organisasi) {
        this.nilai = nilai;
        this.laporan = laporan;
        this.organisasi = organisasi;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public Optional<InfoPemilik> info(long pemilikId) {
        return nilai.findById(pemilikId).map(r -> {
            KodePeriode kp = new KodePeriode(r.getJenisPeriode(), r.getNomor());
            int tw = kp.triwulan();
            boolean dapatDiubah = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(r.getUnitId(),
                            r.getTahunAnggaranId(), tw)
                    .map(l -> l.getStatus().dapatDiisi() && !l.isTerkunci()).orElse(true);
            Integer tahun = organisasi.tahun(r.getTahunAnggaranId()).orElse(null);
            String tautan = tahun == null ? null : "/realisasi/unit/" + r.getUnitId() + "/" + tahun + "/" + tw;
            String label = "Realisasi " + kp.kode() + (tahun == null ? "" : " " + tahun);
            return new InfoPemilik(r.getUnitId(), dapatDiubah, label, tautan);
        });
    }
}
