package id.kinerja.realisasi;

import id.kinerja.bukti.InfoPemilik;
import id.kinerja.bukti.PemilikBukti;
import id.kinerja.organisasi.OrganisasiQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return Optional.ofNullable(infoBanyak(List.of(pemilikId)).get(pemilikId));
    }

    /** Three queries for any number of values (values, their quarters' reports, the years). */
    @Override
    public Map<Long, InfoPemilik> infoBanyak(Collection<Long> pemilikIds) {
        List<Realisasi> daftar = nilai.findAllById(pemilikIds);
        Map<String, LaporanRealisasi> lap = new HashMap<>();
        if (!daftar.isEmpty()) {
            laporan.findByTahunAnggaranIdInAndUnitIdIn(
                            daftar.stream().map(Realisasi::getTahunAnggaranId).distinct().toList(),
                            daftar.stream().map(Realisasi::getUnitId).distinct().toList())
                    .forEach(l -> lap.put(l.getUnitId() + ":" + l.getTahunAnggaranId() + ":" + l.getTriwulan(), l));
        }
        Map<Long, Optional<Integer>> tahun = new HashMap<>();
        Map<Long, InfoPemilik> out = new LinkedHashMap<>();
        for (Realisasi r : daftar) {
            KodePeriode kp = new KodePeriode(r.getJenisPeriode(), r.getNomor());
            int tw = kp.triwulan();
            LaporanRealisasi l = lap.get(r.getUnitId() + ":" + r.getTahunAnggaranId() + ":" + tw);
            boolean dapatDiubah = l == null || (l.getStatus().dapatDiisi() && !l.isTerkunci());
            Integer th = tahun.computeIfAbsent(r.getTahunAnggaranId(), organisasi::tahun).orElse(null);
            String tautan = th == null ? null : "/realisasi/unit/" + r.getUnitId() + "/" + th + "/" + tw;
            String label = "Realisasi " + kp.kode() + (th == null ? "" : " " + th);
            out.put(r.getId(), new InfoPemilik(r.getUnitId(), dapatDiubah, label, tautan));
        }
        return out;
    }
}
