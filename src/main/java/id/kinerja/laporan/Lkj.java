package id.kinerja.laporan;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One LKj of a unit and period: its workflow state. Its numbers are never stored here. */
@Entity
@Table(name = "lkj")
public class Lkj extends AuditedEntity implements UnitScoped {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PeriodeLkj periode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusLkj status = StatusLkj.DRAF;

    @Column(name = "diajukan_oleh")
    private String diajukanOleh;

    @Column(name = "diajukan_pada")
    private Instant diajukanPada;

    @Column(name = "ditandatangani_oleh")
    private String ditandatanganiOleh;

    @Column(name = "ditandatangani_pada")
    private Instant ditandatanganiPada;

    protected Lkj() {
    }

    Lkj(Long unitId, int tahun, PeriodeLkj periode) {
        this.unitId = unitId;
        this.tahun = tahun;
        this.periode = periode;
    }

    /** Narrative may change only while the report is a draft. */
    void periksaBolehDiubah() {
        if (status != StatusLkj.DRAF) {
            throw new BusinessRuleException("status", status == StatusLkj.DITANDATANGANI ? "lkj.beku" : "lkj.sudahDiajukan");
        }
    }

    void ajukan(String oleh, Instant pada) {
        periksaBolehDiubah();
        status = StatusLkj.DIAJUKAN;
        diajukanOleh = oleh;
        diajukanPada = pada;
    }

    void kembalikan() {
        if (status != StatusLkj.DIAJUKAN) {
            throw new BusinessRuleException("status", status == StatusLkj.DITANDATANGANI ? "lkj.beku" : "lkj.belumDiajukan");
        }
        status = StatusLkj.DRAF;
    }

    void tandatangani(String oleh, Instant pada) {
        if (status != StatusLkj.DIAJUKAN) {
            throw new BusinessRuleException("status", status == StatusLkj.DITANDATANGANI ? "lkj.beku" : "lkj.belumDiajukan");
        }
        status = StatusLkj.DITANDATANGANI;
        ditandatanganiOleh = oleh;
        ditandatanganiPada = pada;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getTahun() {
        return tahun;
    }

    public PeriodeLkj getPeriode() {
        return periode;
    }

    public StatusLkj getStatus() {
        return status;
    }

    public String getDiajukanOleh() {
        return diajukanOleh;
    }

    public String getDitandatanganiOleh() {
        return ditandatanganiOleh;
    }

    public Instant getDitandatanganiPada() {
        return ditandatanganiPada;
    }
}
