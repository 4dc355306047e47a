package id.kinerja.platform.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id comes from its own pooled database sequence ({@code <table>_seq}, increment
 * 50): Hibernate takes 50 ids per round trip and can batch inserts, which IDENTITY prevents. Used by
 * the planning aggregate (deep copies of a PK, the Excel import); other entities keep IDENTITY.
 */
@MappedSuperclass
public abstract class EntitasBerurutan extends EntitasDasar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
