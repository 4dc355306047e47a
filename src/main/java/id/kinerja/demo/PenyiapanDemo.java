package id.kinerja.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data is being seeded right now. The web server answers before the seed
 * (an ApplicationRunner) has finished; while it runs, {@link PenyiapanDemoFilter} serves a
 * "menyiapkan data demo…" page instead of an empty application.
 */
@Component
public class PenyiapanDemo {

    private final AtomicBoolean berjalan = new AtomicBoolean(false);

    public boolean berjalan() {
        return berjalan.get();
    }

    void mulai() {
        berjalan.set(true);
    }

    void selesai() {
        berjalan.set(false);
    }
}
