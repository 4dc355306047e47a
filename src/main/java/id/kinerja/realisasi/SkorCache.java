package id.kinerja.realisasi;

import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.konkuren.Bersama;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recently computed subtree scores (docs/adr/0022, 0026), valid only while nothing a score depends
 * on has changed: every entry carries the {@code versi_skor} token read before its data, and a
 * reader uses it only when the token it reads now is the same. The token is bumped in the
 * database by every committed change to plans, values, reports, links, rulebooks, periods or the
 * organisation (V34 triggers), so this is correct with any number of instances and any write path;
 * the day is part of the key (deadlines turn values late overnight). A transaction that has
 * written anything itself neither reads nor fills the cache (it sees its own uncommitted rows).
 *
 * <p>A unit's score depends only on its own rows and those of the units below it, so a valid entry
 * of an ancestor answers for every unit inside it (the ancestor's lists filtered by path, in the
 * same tree order). Concurrent misses of one key wait for a single computation, and at most
 * {@code kinerja.skor.cache.serentak} computations run at once: the rest wait <em>before</em>
 * taking a database connection, so a burst of cold dashboards queues instead of draining the pool.
 * Bounded by entries and by their weight (units × quarters held).
 */
@Component
class SkorCache {

    /** {@code bahasa}: formulas are written out in the reader's language. */
    record Kunci(Long akarId, int tahun, int sampaiTw, LocalDate hari, Locale bahasa) {
    }

    /** One unit's score s.d. a quarter (the single-unit path: API, validation, LKj). */
    record KunciUnit(Long unitId, int tahun, int sampaiTw, LocalDate hari, Locale bahasa) {
    }

    private record EntriUnit(long versi, SkorService.HasilSkor hasil) {
    }

    private static final class Entri {
        final long versi;
        final UnitInfo akar;
        final CompletableFuture<List<List<SkorService.SkorUnit>>> hasil = new CompletableFuture<>();
        volatile int bobot;
        volatile long diminta = System.nanoTime();

        Entri(long versi, UnitInfo akar) {
            this.versi = versi;
            this.akar = akar;
        }

        boolean siap() {
            return hasil.isDone() && !hasil.isCompletedExceptionally();
        }
    }

    private final JdbcTemplate jdbc;
    private final boolean aktif;
    private final int maksEntri;
    private final long maksBobot;
    private final Semaphore hitungan;
    private final Map<Kunci, Entri> isi = new ConcurrentHashMap<>();
    private final Map<KunciUnit, EntriUnit> perUnit = new ConcurrentHashMap<>();

    SkorCache(JdbcTemplate jdbc, @Value("${kinerja.skor.cache.aktif:true}") boolean aktif,
            @Value("${kinerja.skor.cache.maks-entri:256}") int maksEntri,
            @Value("${kinerja.skor.cache.maks-bobot:60000}") long maksBobot,
            @Value("${kinerja.skor.cache.serentak:2}") int serentak) {
        this.jdbc = jdbc;
        this.aktif = aktif;
        this.maksEntri = Math.max(1, maksEntri);
        this.maksBobot = Math.max(1, maksBobot);
        this.hitungan = new Semaphore(Math.max(1, serentak), true);
    }

    /** The token now, or null when this transaction must not use the cache (it has written). */
    Long versiSekarang() {
        return jdbc.query("select versi, pg_current_xact_id_if_assigned() is null from versi_skor where id = 1",
                rs -> rs.next() && rs.getBoolean(2) ? rs.getLong(1) : null);
    }

    List<List<SkorService.SkorUnit>> ambil(UnitInfo akar, Kunci kunci,
            Supplier<List<List<SkorService.SkorUnit>>> hitung) {
        if (!aktif) {
            return terbatas(hitung);
        }
        Long versi = versiSekarang();
        if (versi == null) {
            return hitung.get();
        }
        Entri e = isi.get(kunci);
        if (e != null && e.versi == versi && !e.hasil.isCompletedExceptionally()) {
            e.diminta = System.nanoTime();
            return Bersama.tunggu(e.hasil);
        }
        List<List<SkorService.SkorUnit>> dariAtas = dariLeluhur(akar, kunci, versi);
        if (dariAtas != null) {
            return dariAtas;
        }
        Entri baru = new Entri(versi, akar);
        Entri lama = isi.compute(kunci, (k, ada) -> ada != null && ada.versi == versi
                && !ada.hasil.isCompletedExceptionally() ? ada : baru);
        if (lama != baru) {
            lama.diminta = System.nanoTime();
            return Bersama.tunggu(lama.hasil);
        }
        try {
            List<List<SkorService.SkorUnit>> h = terbatas(hitung);
            baru.bobot = h.stream().mapToInt(List::size).sum();
            baru.hasil.complete(h);
            pangkas(kunci);
            return h;
        } catch (RuntimeException | Error ex) {
            baru.hasil.completeExceptionally(ex);
            isi.remove(kunci, baru);
            throw ex;
        }
    }

    /** A finished, valid entry of an ancestor (same year, span and day) narrowed to this subtree. */
    private List<List<SkorService.SkorUnit>> dariLeluhur(UnitInfo akar, Kunci kunci, long versi) {
        Entri terdekat = null;
        for (Map.Entry<Kunci, Entri> x : isi.entrySet()) {
            Kunci k = x.getKey();
            Entri e = x.getValue();
            if (k.tahun() == kunci.tahun() && k.sampaiTw() == kunci.sampaiTw() && k.hari().equals(kunci.hari())
                    && k.bahasa().equals(kunci.bahasa()) && e.versi == versi && e.siap() && e.akar.organisasiId().equals(akar.organisasiId())
                    && akar.path().startsWith(e.akar.path())
                    && (terdekat == null || e.akar.path().length() > terdekat.akar.path().length())) {
                terdekat = e;
            }
        }
        if (terdekat == null) {
            return null;
        }
        terdekat.diminta = System.nanoTime();
        String awalan = akar.path();
        List<List<SkorService.SkorUnit>> out = new ArrayList<>();
        for (List<SkorService.SkorUnit> tw : Bersama.tunggu(terdekat.hasil)) {
            out.add(tw.stream().filter(s -> s.unit().path().startsWith(awalan)).toList());
        }
        return List.copyOf(out);
    }

    /**
     * One unit's s.d. score: from any valid subtree entry that holds it (an entry s.d. TW n holds
     * every quarter up to n), else from the per-unit entries, else computed and kept. The same
     * objects the dashboards show, so the API, the matrix and the dashboard cannot disagree.
     */
    SkorService.HasilSkor unit(UnitInfo u, KunciUnit kunci, Supplier<SkorService.HasilSkor> hitung) {
        if (!aktif) {
            return hitung.get();
        }
        Long versi = versiSekarang();
        if (versi == null) {
            return hitung.get();
        }
        for (Map.Entry<Kunci, Entri> x : isi.entrySet()) {
            Kunci k = x.getKey();
            Entri e = x.getValue();
            if (k.tahun() == kunci.tahun() && k.sampaiTw() >= kunci.sampaiTw() && k.hari().equals(kunci.hari())
                    && k.bahasa().equals(kunci.bahasa()) && e.versi == versi && e.siap()
                    && e.akar.organisasiId().equals(u.organisasiId()) && u.path().startsWith(e.akar.path())) {
                for (SkorService.SkorUnit s : Bersama.tunggu(e.hasil).get(kunci.sampaiTw() - 1)) {
                    if (s.unit().id().equals(u.id()) && s.skor() != null) {
                        e.diminta = System.nanoTime();
                        return s.skor();
                    }
                }
            }
        }
        EntriUnit ada = perUnit.get(kunci);
        if (ada != null && ada.versi() == versi) {
            return ada.hasil();
        }
        SkorService.HasilSkor h = hitung.get();
        if (perUnit.size() >= maksEntri * 16) {
            perUnit.clear();
        }
        perUnit.put(kunci, new EntriUnit(versi, h));
        return h;
    }

    /** At most {@code serentak} computations at once; waiting holds no connection of its own. */
    private List<List<SkorService.SkorUnit>> terbatas(Supplier<List<List<SkorService.SkorUnit>>> hitung) {
        try {
            hitungan.acquire();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        try {
            return hitung.get();
        } finally {
            hitungan.release();
        }
    }

    /** Bounded: drop other entries (oldest day first, then the least recently asked) above the limits. */
    private void pangkas(Kunci baru) {
        if (isi.size() <= maksEntri && bobot() <= maksBobot) {
            return;
        }
        List<Map.Entry<Kunci, Entri>> urut = new ArrayList<>(isi.entrySet());
        urut.sort(Comparator.comparing((Map.Entry<Kunci, Entri> x) -> x.getKey().hari())
                .thenComparingLong(x -> x.getValue().diminta));
        for (Map.Entry<Kunci, Entri> x : urut) {
            if (isi.size() <= maksEntri && bobot() <= maksBobot) {
                return;
            }
            if (!x.getKey().equals(baru)) {
                isi.remove(x.getKey(), x.getValue());
            }
        }
    }

    private long bobot() {
        return isi.values().stream().mapToLong(e -> e.bobot).sum();
    }

    /** A key asked for recently whose entry is now out of date (for the warmer). */
    record Basi(Kunci kunci, UnitInfo akar) {
    }

    /**
     * Entries of {@code hari} asked for within {@code jendelaNanos} whose token is not {@code versi},
     * outermost first, leaving out those a fresh ancestor entry already answers.
     */
    List<Basi> basi(long versi, LocalDate hari, long jendelaNanos) {
        long sekarang = System.nanoTime();
        List<Basi> out = new ArrayList<>();
        isi.forEach((k, e) -> {
            if (k.hari().equals(hari) && e.versi != versi && e.hasil.isDone() && sekarang - e.diminta <= jendelaNanos) {
                out.add(new Basi(k, e.akar));
            }
        });
        out.sort(Comparator.comparingInt(b -> b.akar().path().length()));
        List<Basi> segar = new ArrayList<>();
        isi.forEach((k, e) -> {
            if (k.hari().equals(hari) && e.versi == versi && e.siap()) {
                segar.add(new Basi(k, e.akar));
            }
        });
        List<Basi> hasil = new ArrayList<>();
        for (Basi b : out) {
            if (!tercakup(b, hasil) && !tercakup(b, segar)) {
                hasil.add(b);
            }
        }
        return hasil;
    }

    private static boolean tercakup(Basi b, List<Basi> oleh) {
        return oleh.stream().anyMatch(a -> a.kunci().tahun() == b.kunci().tahun()
                && a.kunci().sampaiTw() == b.kunci().sampaiTw() && a.kunci().bahasa().equals(b.kunci().bahasa())
                && a.akar().organisasiId().equals(b.akar().organisasiId())
                && b.akar().path().startsWith(a.akar().path()));
    }

    int jumlahEntri() {
        return isi.size();
    }
}
