package id.kinerja.realisasi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recently computed subtree scores (docs/adr/0022), valid only while nothing a score depends on
 * has changed: every entry carries the {@code versi_skor} token read before its data, and a
 * reader uses it only when the token it reads now is the same. The token is bumped in the
 * database by every committed change to plans, values, reports, links, rulebooks, periods or the
 * organisation (V34 triggers), so this is correct with any number of instances and any write path;
 * the day is part of the key (deadlines turn values late overnight). A transaction that has
 * written anything itself neither reads nor fills the cache (it sees its own uncommitted rows).
 * Concurrent misses of one key wait for a single computation.
 */
@Component
class SkorCache {

    record Kunci(Long akarId, int tahun, int sampaiTw, LocalDate hari) {
    }

    private record Entri(long versi, CompletableFuture<List<List<SkorService.SkorUnit>>> hasil) {
    }

    private final JdbcTemplate jdbc;
    private final boolean aktif;
    private final int maksEntri;
    private final Map<Kunci, Entri> isi = new ConcurrentHashMap<>();

    SkorCache(JdbcTemplate jdbc, @Value("${kinerja.skor.cache.aktif:true}") boolean aktif,
            @Value("${kinerja.skor.cache.maks-entri:24}") int maksEntri) {
        this.jdbc = jdbc;
        this.aktif = aktif;
        this.maksEntri = Math.max(1, maksEntri);
    }

    /** The token now, or null when this transaction must not use the cache (it has written). */
    private Long versiSekarang() {
        return jdbc.query("select versi, pg_current_xact_id_if_assigned() is null from versi_skor where id = 1",
                rs -> rs.next() && rs.getBoolean(2) ? rs.getLong(1) : null);
    }

    List<List<SkorService.SkorUnit>> ambil(Kunci kunci, Supplier<List<List<SkorService.SkorUnit>>> hitung) {
        if (!aktif) {
            return hitung.get();
        }
        Long versi = versiSekarang();
        if (versi == null) {
            return hitung.get();
        }
        Entri e = isi.get(kunci);
        if (e != null && e.versi() == versi && !e.hasil().isCompletedExceptionally()) {
            return tunggu(e.hasil());
        }
        CompletableFuture<List<List<SkorService.SkorUnit>>> milikku = new CompletableFuture<>();
        Entri baru = new Entri(versi, milikku);
        Entri lama = isi.compute(kunci, (k, ada) -> ada != null && ada.versi() == versi
                && !ada.hasil().isCompletedExceptionally() ? ada : baru);
        if (lama != baru) {
            return tunggu(lama.hasil());
        }
        try {
            List<List<SkorService.SkorUnit>> h = hitung.get();
            milikku.complete(h);
            pangkas(kunci);
            return h;
        } catch (RuntimeException | Error ex) {
            milikku.completeExceptionally(ex);
            isi.remove(kunci, baru);
            throw ex;
        }
    }

    private static List<List<SkorService.SkorUnit>> tunggu(CompletableFuture<List<List<SkorService.SkorUnit>>> f) {
        try {
            return f.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** Bounded: drop other entries (oldest day first, then any) above the limit. */
    private void pangkas(Kunci baru) {
        if (isi.size() <= maksEntri) {
            return;
        }
        Iterator<Kunci> it = isi.keySet().stream()
                .sorted(Comparator.comparing(Kunci::hari)).iterator();
        while (isi.size() > maksEntri && it.hasNext()) {
            Kunci k = it.next();
            if (!k.equals(baru)) {
                isi.remove(k);
            }
        }
    }
}
