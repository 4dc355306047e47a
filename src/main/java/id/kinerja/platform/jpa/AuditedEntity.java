package id.kinerja.platform.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/** Domain data that users edit: optimistic locking and timestamps. */
@MappedSuperclass
public abstract class AuditedEntity extends AbstractEntity {

    @Version
    private long version;

    @Column(name = "dibuat_pada", nullable = false, updatable = false)
    private Instant dibuatPada;

    @Column(name = "diubah_pada", nullable = false)
    private Instant diubahPada;

    @PrePersist
    void onCreate() {
        dibuatPada = Instant.now();
        diubahPada = dibuatPada;
    }

    @PreUpdate
    void onUpdate() {
        diubahPada = Instant.now();
    }

    public long getVersion() {
        return version;
    }

    public Instant getDibuatPada() {
        return dibuatPada;
    }

    public Instant getDiubahPada() {
        return diubahPada;
    }
}
