package id.kinerja.laporan;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One narrative section a planner wrote (replacing the generated first draft). */
@Entity
@Table(name = "lkj_bagian")
public class LkjBagian extends AuditedEntity implements UnitScoped {

    public static final int MAKS_TEKS = 8000;

    @Column(name = "lkj_id", nullable = false, updatable = false)
    private Long lkjId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false)
    private String kunci;

    @Column(nullable = false)
    private String teks;

    @Column(name = "diisi_oleh", nullable = false)
    private String diisiOleh;

    protected LkjBagian() {
    }

    LkjBagian(Lkj lkj, String kunci, String teks, String oleh) {
        this.lkjId = lkj.getId();
        this.unitId = lkj.getUnitId();
        this.kunci = kunci;
        this.teks = teks;
        this.diisiOleh = oleh;
    }

    void ubah(String teks, String oleh) {
        this.teks = teks;
        this.diisiOleh = oleh;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getLkjId() {
        return lkjId;
    }

    public String getKunci() {
        return kunci;
    }

    public String getTeks() {
        return teks;
    }

    public String getDiisiOleh() {
        return diisiOleh;
    }
}
