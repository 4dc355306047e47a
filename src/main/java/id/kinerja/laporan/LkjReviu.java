package id.kinerja.laporan;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The inspectorate's review of one signed annual LKj: who, when, and the reviewer's note. Written once. */
@Entity
@Table(name = "lkj_reviu")
public class LkjReviu extends AuditedEntity implements UnitScoped {

    public static final int MAKS_CATATAN = 4000;

    @Column(name = "lkj_id", nullable = false, updatable = false)
    private Long lkjId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false)
    private int tahun;

    @Column(nullable = false, updatable = false)
    private String catatan;

    @Column(name = "direviu_oleh", nullable = false, updatable = false)
    private String direviuOleh;

    @Column(name = "direviu_pada", nullable = false, updatable = false)
    private Instant direviuPada;

    protected LkjReviu() {
    }

    LkjReviu(Lkj lkj, String catatan, String oleh, Instant pada) {
        this.lkjId = lkj.getId();
        this.unitId = lkj.getUnitId();
        this.tahun = lkj.getTahun();
        this.catatan = catatan;
        this.direviuOleh = oleh;
        this.direviuPada = pada;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getLkjId() {
        return lkjId;
    }

    public String getCatatan() {
        return catatan;
    }

    public String getDireviuOleh() {
        return direviuOleh;
    }

    public Instant getDireviuPada() {
        return direviuPada;
    }
}
