package id.kinerja.realisasi;

import id.kinerja.cascading.CapaianIku;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.scoring.Band;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Colours of the pohon kinerja and Matriks Cascading: each unit scored once, s.d. the current quarter. */
@Component
class CapaianIkuAdapter implements CapaianIku {

    private static final int BATAS_IKU = 500;

    private final RencanaKinerjaApi rencana;
    private final OrganisasiQuery organisasi;
    private final SkorService skor;
    private final RealisasiService realisasi;

    CapaianIkuAdapter(RencanaKinerjaApi rencana, OrganisasiQuery organisasi, SkorService skor,
            RealisasiService realisasi) {
        this.rencana = rencana;
        this.organisasi = organisasi;
        this.skor = skor;
        this.realisasi = realisasi;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Band> band(Collection<Long> ikuIds, int tahun) {
        if (ikuIds.isEmpty() || ikuIds.size() > BATAS_IKU) {
            return Map.of();
        }
        int tw = realisasi.triwulanSekarang(tahun);
        Map<Long, List<IkuRencana>> perUnit = rencana.iku(ikuIds).stream()
                .collect(Collectors.groupingBy(IkuRencana::unitId));
        Map<Long, Band> out = new HashMap<>();
        perUnit.forEach((unitId, ikus) -> organisasi.unit(unitId).ifPresent(unit ->
                rencana.berlaku(unitId, unit.organisasiId(), tahun, tw).ifPresent(pk -> {
                    try {
                        Map<Long, Band> perAkar = new HashMap<>();
                        skor.hitung(unit, pk, tahun, tw, false, Map.of()).indikator().stream()
                                .filter(i -> i.band() != null).forEach(i -> perAkar.put(i.ikuAkarId(), i.band()));
                        ikus.forEach(i -> {
                            Band b = perAkar.get(i.akarId());
                            if (b != null) {
                                out.put(i.id(), b);
                            }
                        });
                    } catch (RuntimeException e) {
                        // a plan the engine cannot score leaves its nodes uncoloured, never the page broken
                    }
                })));
        return out;
    }
}
