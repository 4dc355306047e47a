package id.kinerja.platform.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Domain data that users edit: optimistic locking and timestamps, whatever generates the id
 * ({@link AuditedEntity}: IDENTITY, {@link AuditedEntityBerurutan}: a pooled sequence).
 */
@MappedSuperclass
@EntityListeners(StempelWaktu.class)
public abstract class EntitasBerversi extends EntitasDasar {

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
