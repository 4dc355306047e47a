package id.kinerja.perencanaan;

import id.kinerja.platform.jpa.EntitasBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A cause → effect arrow of a Peta Strategi: achieving the "dari" SS supports the "ke" SS, both of
 * the same PK version. Arrows are added and removed, never changed.
 */
@Entity
@Table(name = "peta_panah")
public class PetaPanah extends EntitasBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pk_id", updatable = false)
    private PerjanjianKinerja pk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dari_ss_id", updatable = false)
    private SasaranStrategis dari;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ke_ss_id", updatable = false)
    private SasaranStrategis ke;

    protected PetaPanah() {
    }

    PetaPanah(PerjanjianKinerja pk, SasaranStrategis dari, SasaranStrategis ke) {
        this.pk = pk;
        this.dari = dari;
        this.ke = ke;
    }

    @Override
    public Long unitIdUntukAudit() {
        return pk.getUnit().getId();
    }

    public PerjanjianKinerja getPk() {
        return pk;
    }

    public SasaranStrategis getDari() {
        return dari;
    }

    public SasaranStrategis getKe() {
        return ke;
    }
}
