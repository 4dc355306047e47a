package id.kinerja.realisasi;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every record of a unit's reporting year shares: the unit and the fiscal year it belongs
 * to (ids only — other modules' rows), and the unit the audit trail files it under.
 */
@MappedSuperclass
public abstract class CatatanUnitTahun extends AuditedEntity implements UnitScoped {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "tahun_anggaran_id", nullable = false, updatable = false)
    private Long tahunAnggaranId;

    protected CatatanUnitTahun() {
    }

    protected CatatanUnitTahun(Long unitId, Long tahunAnggaranId) {
        this.unitId = unitId;
        this.tahunAnggaranId = tahunAnggaranId;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getTahunAnggaranId() {
        return tahunAnggaranId;
    }
}
