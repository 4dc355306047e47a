package id.kinerja.support;

import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The tests' clock: starts at a fixed instant (WIB), so the suite gives the same result on any real
 * day, and then runs on with the real elapsed time, so rows written later are still stamped later
 * (a frozen clock would make "created after the demo was seeded" undecidable). The instant comes
 * from {@code kinerja.clock.tetap} (default {@value JamUjiConfiguration#BAWAAN}); a test may move
 * it with {@link #setel} and must put it back with {@link #pulihkan} (the context, and so this
 * bean, is shared).
 */
public final class JamUji extends Clock {

    /** How far the clock runs ahead of (or behind) the real one: fixed at the start, moved by {@link #setel}. */
    private final Duration geserAwal;
    private volatile Duration geser;

    JamUji(Instant awal) {
        this.geserAwal = Duration.between(Instant.now(), awal);
        this.geser = geserAwal;
    }

    /** Moves the clock to an ISO offset date-time, e.g. {@code 2026-10-21T09:00:00+07:00}. */
    public void setel(String isoOffsetDateTime) {
        geser = Duration.between(Instant.now(), OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    /** Back to the run's clock (the fixed start plus the time the run has taken). */
    public void pulihkan() {
        geser = geserAwal;
    }

    @Override
    public ZoneId getZone() {
        return Waktu.WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), geser);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(geser);
    }
}
