package id.kinerja.dasbor;

import id.kinerja.platform.konkuren.Bersama;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Dashboard pages already assembled (docs/adr/0026), per unit, year, s.d. quarter and day, valid
 * while the {@code versi_dasbor} token is unchanged: V36 moves it at the commit of any change to
 * what a dashboard shows (scores' tables, analyses, follow-ups, budgets, the map). What a page
 * holds does not depend on who looks — reach is checked before the look-up — so one entry serves
 * every head of the unit. Concurrent misses of one key wait for one assembly; bounded, least
 * recently asked dropped first. A transaction that has written itself never uses it.
 */
@Component
class DasborCache {

    record Kunci(Long unitId, int tahun, int triwulan, LocalDate hari) {
    }

    private static final class Entri<T> {
        final long versi;
        final CompletableFuture<T> hasil = new CompletableFuture<>();
        volatile long diminta = System.nanoTime();

        Entri(long versi) {
            this.versi = versi;
        }
    }

    private final JdbcTemplate jdbc;
    private final boolean aktif;
    private final int maksEntri;
    private final long maksHtml;
    private final Map<Kunci, Entri<DasborService.Inti>> isi = new ConcurrentHashMap<>();

    DasborCache(JdbcTemplate jdbc, @Value("${kinerja.dasbor.cache.aktif:true}") boolean aktif,
            @Value("${kinerja.dasbor.cache.maks-entri:1000}") int maksEntri,
            @Value("${kinerja.dasbor.cache.maks-html:64MB}") DataSize maksHtml) {
        this.jdbc = jdbc;
        this.aktif = aktif;
        this.maksEntri = Math.max(1, maksEntri);
        this.maksHtml = Math.max(1, maksHtml.toBytes());
    }

    private Long versiSekarang() {
        return jdbc.query("select versi, pg_current_xact_id_if_assigned() is null from versi_dasbor where id = 1",
                rs -> rs.next() && rs.getBoolean(2) ? rs.getLong(1) : null);
    }

    DasborService.Inti ambil(Kunci kunci, Supplier<DasborService.Inti> rakit) {
        if (!aktif) {
            return rakit.get();
        }
        Long versi = versiSekarang();
        if (versi == null) {
            return rakit.get();
        }
        Entri<DasborService.Inti> baru = new Entri<>(versi);
        Entri<DasborService.Inti> e = isi.compute(kunci, (k, ada) -> ada != null && ada.versi == versi
                && !ada.hasil.isCompletedExceptionally() ? ada : baru);
        if (e != baru) {
            e.diminta = System.nanoTime();
            return Bersama.tunggu(e.hasil);
        }
        try {
            DasborService.Inti h = rakit.get();
            baru.hasil.complete(h);
            pangkas(kunci);
            return h;
        } catch (RuntimeException | Error ex) {
            baru.hasil.completeExceptionally(ex);
            isi.remove(kunci, baru);
            throw ex;
        }
    }

    /** Rendered bodies a page keeps (PenyajiDasbor), in bytes at two per character at most. */
    private static long html(Entri<DasborService.Inti> e) {
        DasborService.Inti inti = e.hasil.isCompletedExceptionally() ? null : e.hasil.getNow(null);
        long n = 0;
        if (inti != null) {
            for (String h : inti.dasbor().tampilan().values()) {
                n += 2L * h.length();
            }
        }
        return n;
    }

    /** Bounded by pages and by the rendered HTML they keep; least recently asked dropped first. */
    private void pangkas(Kunci baru) {
        long html = isi.values().stream().mapToLong(DasborCache::html).sum();
        if (isi.size() <= maksEntri && html <= maksHtml) {
            return;
        }
        List<Map.Entry<Kunci, Entri<DasborService.Inti>>> urut = new ArrayList<>(isi.entrySet());
        urut.sort(Comparator.comparing((Map.Entry<Kunci, Entri<DasborService.Inti>> x) -> x.getKey().hari())
                .thenComparingLong(x -> x.getValue().diminta));
        for (var x : urut) {
            if (isi.size() <= maksEntri && html <= maksHtml) {
                return;
            }
            if (!x.getKey().equals(baru) && isi.remove(x.getKey(), x.getValue())) {
                html -= html(x.getValue());
            }
        }
    }
}
