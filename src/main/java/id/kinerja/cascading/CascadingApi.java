package id.kinerja.cascading;

import id.kinerja.scoring.LocationConsolidation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of cascading links for the measuring modules: which lower IKU carry an upper one,
 * and how. No access check here: callers check reach first.
 */
@Service
public class CascadingApi {

    private final CascadingRepository links;

    CascadingApi(CascadingRepository links) {
        this.links = links;
    }

    /**
     * @param unitId            the unit at the other end (the lower unit for {@link #bawah}, the upper for {@link #atas})
     * @param ikuKode           the IKU code at the other end
     * @param konsolidasiLokasi SUM / AVERAGE / RAW_DATA of an INDIRECT link (set on the lower IKU)
     */
    public record Tautan(Long atasIkuId, Long bawahIkuId, Long unitId, String unitKode,
            String unitNama, String ikuKode, int kedalaman, MetodeLink metode, LocationConsolidation konsolidasiLokasi) {
    }

    /** Links whose upper end is one of these IKU (pass every version of an IKU to follow revisions). */
    @Transactional(readOnly = true)
    public List<Tautan> bawah(Collection<Long> atasIkuIds) {
        if (atasIkuIds.isEmpty()) {
            return List.of();
        }
        return links.findByAtasIds(atasIkuIds).stream().map(c -> {
            var u = c.getBawah().getSs().getPk().getUnit();
            return new Tautan(c.getAtas().getId(), c.getBawah().getId(), u.getId(), u.getKode(), u.getNama(),
                    c.getBawah().getKode(), u.getLevel().getKedalaman(), c.getMetode(),
                    c.getBawah().parameters().konsolidasiLokasi());
        }).toList();
    }

    /**
     * {@link #bawah} for many IKU at once (a whole subtree), in link order; read in slices so a
     * ministry's IKU never exceed the driver's bind-parameter limit.
     */
    @Transactional(readOnly = true)
    public List<Tautan> bawahBanyak(Collection<Long> atasIkuIds) {
        List<Long> ids = List.copyOf(atasIkuIds);
        List<Cascading> semua = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IRISAN) {
            semua.addAll(links.findByAtasIds(ids.subList(i, Math.min(ids.size(), i + IRISAN))));
        }
        semua.sort(Comparator.comparing(Cascading::getId));
        return semua.stream().map(c -> {
            var u = c.getBawah().getSs().getPk().getUnit();
            return new Tautan(c.getAtas().getId(), c.getBawah().getId(), u.getId(), u.getKode(), u.getNama(),
                    c.getBawah().getKode(), u.getLevel().getKedalaman(), c.getMetode(),
                    c.getBawah().parameters().konsolidasiLokasi());
        }).toList();
    }

    private static final int IRISAN = 10_000;

    /** Links whose lower end is one of these IKU: where a value flows up to. */
    @Transactional(readOnly = true)
    public List<Tautan> atas(Collection<Long> bawahIkuIds) {
        if (bawahIkuIds.isEmpty()) {
            return List.of();
        }
        return links.findByBawahIds(bawahIkuIds).stream().map(c -> {
            var u = c.getAtas().getSs().getPk().getUnit();
            return new Tautan(c.getAtas().getId(), c.getBawah().getId(), u.getId(), u.getKode(), u.getNama(),
                    c.getAtas().getKode(), u.getLevel().getKedalaman(), c.getMetode(),
                    c.getBawah().parameters().konsolidasiLokasi());
        }).toList();
    }
}
