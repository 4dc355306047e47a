package id.kinerja.platform.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Domain data that users edit (optimistic locking and timestamps) with an IDENTITY id. */
@MappedSuperclass
public abstract class AuditedEntity extends EntitasBerversi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
