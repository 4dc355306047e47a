package id.kinerja.platform.jpa;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * What every entity shares whatever generates its id: identity by id (a new entity equals only
 * itself), and being audited. {@link AbstractEntity} takes its id from an IDENTITY column,
 * {@link EntitasBerurutan} from a pooled sequence.
 */
@MappedSuperclass
public abstract class EntitasDasar {

    public abstract Long getId();

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || Hibernate.getClass(this) != Hibernate.getClass(o)) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((EntitasDasar) o).getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
