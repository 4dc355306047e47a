package id.kinerja.realisasi;

import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.organisasi.TahunBerjalan;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes, in the background and one at a time, the subtrees people looked at recently once a
 * committed change has made them out of date (docs/adr/0026): the next head opening a dashboard
 * then finds it ready instead of waiting for the computation. Outermost subtrees first, since
 * they answer for every unit inside them; and once after start, every organisation's whole tree
 * ({@code kinerja.skor.cache.hangatkan-awal}). Per instance on purpose (the cache is in memory),
 * so no scheduler lock. {@code kinerja.skor.cache.hangatkan} = 0 turns both off (the tests do).
 */
@Component
class PemanasSkor implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PemanasSkor.class);

    private final SkorCache cache;
    private final SkorService skor;
    private final long jendelaNanos;
    private final ScheduledExecutorService jadwal;
    private final OrganisasiQuery organisasi;
    private final TahunBerjalan tahunBerjalan;
    private final boolean awal;
    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    PemanasSkor(SkorCache cache, SkorService skor, OrganisasiQuery organisasi, TahunBerjalan tahunBerjalan,
            @Value("${kinerja.skor.cache.hangatkan:30s}") Duration setiap,
            @Value("${kinerja.skor.cache.hangatkan-jendela:60m}") Duration jendela,
            @Value("${kinerja.skor.cache.hangatkan-awal:true}") boolean awal) {
        this.cache = cache;
        this.skor = skor;
        this.organisasi = organisasi;
        this.tahunBerjalan = tahunBerjalan;
        this.awal = awal;
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

    /**
     * After a start every organisation's whole tree, s.d. its default quarter, in Indonesian: the
     * first head to open a dashboard after a deploy then finds the ministry computed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void awal() {
        if (jadwal == null || !awal) {
            return;
        }
        jadwal.execute(() -> {
            try {
                int th = tahunBerjalan.tahunBawaan();
                int tw = tahunBerjalan.triwulanBawaan(th);
                LocaleContextHolder.setLocale(INDONESIA);
                for (UnitInfo akar : organisasi.akar()) {
                    skor.sampaiTersimpan(akar, th, tw);
                }
            } catch (RuntimeException ex) {
                LOG.warn("Pemanasan awal skor gagal: {}", ex.toString());
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
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
