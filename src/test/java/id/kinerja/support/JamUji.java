package id.kinerja.support;

import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The tests' clock: stands still at a fixed instant (WIB), so the suite gives the same result on
 * any real day. The instant comes from {@code kinerja.clock.tetap} (default
 * {@value JamUjiConfiguration#BAWAAN}); a test may move it with {@link #setel} and must put it
 * back with {@link #pulihkan} (the context, and so this bean, is shared).
 */
public final class JamUji extends Clock {

    private final Instant awal;
    private volatile Instant sekarang;

    JamUji(Instant awal) {
        this.awal = awal;
        this.sekarang = awal;
    }

    /** Moves the clock to an ISO offset date-time, e.g. {@code 2026-10-21T09:00:00+07:00}. */
    public void setel(String isoOffsetDateTime) {
        sekarang = OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }

    /** Back to the run's fixed instant. */
    public void pulihkan() {
        sekarang = awal;
    }

    @Override
    public ZoneId getZone() {
        return Waktu.WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(sekarang, zone);
    }

    @Override
    public Instant instant() {
        return sekarang;
    }
}
