package id.kinerja.realisasi;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Recomputes, in the background and one at a time, the subtrees people looked at recently once a
 * committed change has made them out of date (docs/adr/0026): the next head opening a dashboard
 * then finds it ready instead of waiting for the computation. Outermost subtrees first, since
 * they answer for every unit inside them. Per instance on purpose (the cache is in memory), so no
 * scheduler lock. {@code kinerja.skor.cache.hangatkan} = 0 turns it off (the tests do).
 */
@Component
class PemanasSkor implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PemanasSkor.class);

    private final SkorCache cache;
    private final SkorService skor;
    private final long jendelaNanos;
    private final ScheduledExecutorService jadwal;

    PemanasSkor(SkorCache cache, SkorService skor,
            @Value("${kinerja.skor.cache.hangatkan:30s}") Duration setiap,
            @Value("${kinerja.skor.cache.hangatkan-jendela:60m}") Duration jendela) {
        this.cache = cache;
        this.skor = skor;
        this.jendelaNanos = jendela.toNanos();
        if (setiap.isZero() || setiap.isNegative()) {
            this.jadwal = null;
            return;
        }
        this.jadwal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pemanas-skor");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        jadwal.scheduleWithFixedDelay(this::putaranAman, setiap.toMillis(), setiap.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void putaranAman() {
        try {
            putaran();
        } catch (RuntimeException ex) {
            LOG.warn("Pemanasan skor gagal: {}", ex.toString());
        }
    }

    /** One round: every stale, recently asked subtree not covered by a fresh ancestor. Returns how many. */
    int putaran() {
        Long versi = cache.versiSekarang();
        if (versi == null) {
            return 0;
        }
        int n = 0;
        for (SkorCache.Basi b : cache.basi(versi, skor.hariIni(), jendelaNanos)) {
            // formulas are written out in the language the entry was asked in
            LocaleContextHolder.setLocale(b.kunci().bahasa());
            try {
                skor.sampaiTersimpan(b.akar(), b.kunci().tahun(), b.kunci().sampaiTw());
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
            n++;
        }
        return n;
    }

    @Override
    public void destroy() {
        if (jadwal != null) {
            jadwal.shutdownNow();
        }
    }
}
