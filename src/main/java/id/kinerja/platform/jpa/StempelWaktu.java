package id.kinerja.platform.jpa;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;

/**
 * Stamps created/changed times from the application's injected clock (never the system time), so a
 * test or demo on another date writes consistent rows. Hibernate builds it through Spring, which
 * injects the clock.
 */
public class StempelWaktu {

    private final Clock clock;

    public StempelWaktu(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void dibuat(Object entity) {
        if (entity instanceof EntitasBerversi e) {
            e.dibuat(clock.instant());
        }
        if (entity instanceof DicapWaktu d) {
            d.catatDibuat(clock.instant());
        }
    }

    @PreUpdate
    void diubah(Object entity) {
        if (entity instanceof EntitasBerversi e) {
            e.diubah(clock.instant());
        }
    }
}
