package id.kinerja.bukti;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A test-only owner of evidence ("UJI"), found by component scanning so the shared test context
 * stays one: tests register records pointing at demo units, open or locked.
 */
@Component
public class PemilikUji implements PemilikBukti {

    public static final String JENIS = "UJI";
    private static final AtomicLong URUTAN = new AtomicLong(1_000_000L);

    private final Map<Long, InfoPemilik> data = new ConcurrentHashMap<>();

    public long daftarkan(long unitId, boolean dapatDiubah) {
        long id = URUTAN.incrementAndGet();
        data.put(id, new InfoPemilik(unitId, dapatDiubah, "Data uji " + id));
        return id;
    }

    public void kunci(long id) {
        InfoPemilik i = data.get(id);
        data.put(id, new InfoPemilik(i.unitId(), false, i.label()));
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public Optional<InfoPemilik> info(long pemilikId) {
        return Optional.ofNullable(data.get(pemilikId));
    }
}
