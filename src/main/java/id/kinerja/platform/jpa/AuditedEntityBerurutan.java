package id.kinerja.platform.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Domain data that users edit (optimistic locking and timestamps) with an id from its own pooled
 * sequence ({@code <table>_seq}, increment 50; see {@link EntitasBerurutan}).
 */
@MappedSuperclass
public abstract class AuditedEntityBerurutan extends EntitasBerversi {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
