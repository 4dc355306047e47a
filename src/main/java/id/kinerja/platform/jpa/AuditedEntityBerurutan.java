package id.kinerja.platform.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** {@link AuditedEntity} (optimistic locking and timestamps) with a sequence-generated id. */
@MappedSuperclass
@EntityListeners(StempelWaktu.class)
public abstract class AuditedEntityBerurutan extends EntitasBerurutan {

    @Version
    private long version;

    @Column(name = "dibuat_pada", nullable = false, updatable = false)
    private Instant dibuatPada;

    @Column(name = "diubah_pada", nullable = false)
    private Instant diubahPada;

    void dibuat(Instant waktu) {
        dibuatPada = waktu;
        diubahPada = waktu;
    }

    void diubah(Instant waktu) {
        diubahPada = waktu;
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
