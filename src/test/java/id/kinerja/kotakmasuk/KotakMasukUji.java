package id.kinerja.kotakmasuk;

import java.time.Duration;
import java.util.List;

/** The inbox service over given sources, for tests outside this package. */
public final class KotakMasukUji {

    private KotakMasukUji() {
    }

    public static KotakMasukService layanan(List<SumberKotakMasuk> sumber, Duration ingat) {
        return new KotakMasukService(sumber, ingat);
    }
}
