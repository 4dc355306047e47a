package id.kinerja.penilaian;

import id.kinerja.penilaian.AturanPenilaian.Keputusan;
import id.kinerja.platform.jpa.AbstractEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The supervisor review of an employee's annual NCKP: the computed inputs as they stood when
 * decided, the decision and the NCKP Final.
 */
@Entity
@Table(name = "reviu_nckp")
public class ReviuNckp extends AbstractEntity implements UnitScoped {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    private int tahun;

    @Enumerated(EnumType.STRING)
    private Keputusan keputusan;

    @Column(name = "ckp_tahunan")
    private BigDecimal ckpTahunan;

    @Column(name = "np_tahunan")
    private BigDecimal npTahunan;

    private BigDecimal nckp;

    @Column(name = "nckp_final")
    private BigDecimal nckpFinal;

    private String alasan;

    @Column(name = "direviu_oleh")
    private String direviuOleh;

    @Column(name = "direviu_pada")
    private OffsetDateTime direviuPada;

    @Version
    private long version;

    protected ReviuNckp() {
    }

    ReviuNckp(Long unitId, int tahun) {
        this.unitId = unitId;
        this.tahun = tahun;
    }

    /** Decides: the final value follows AturanPenilaian (SETUJU keeps the NCKP; NAIK/TURUN need a reason). */
    void putuskan(Keputusan keputusan, BigDecimal ckpTahunan, BigDecimal npTahunan, BigDecimal nckp,
            BigDecimal usulan, String alasan, String oleh, OffsetDateTime pada) {
        this.nckpFinal = AturanPenilaian.nckpFinal(keputusan, nckp, usulan, alasan);
        this.keputusan = keputusan;
        this.ckpTahunan = ckpTahunan;
        this.npTahunan = npTahunan;
        this.nckp = nckp;
        this.alasan = alasan == null || alasan.isBlank() ? null : alasan.strip();
        this.direviuOleh = oleh;
        this.direviuPada = pada;
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

    public Keputusan getKeputusan() {
        return keputusan;
    }

    public BigDecimal getCkpTahunan() {
        return ckpTahunan;
    }

    public BigDecimal getNpTahunan() {
        return npTahunan;
    }

    public BigDecimal getNckp() {
        return nckp;
    }

    public BigDecimal getNckpFinal() {
        return nckpFinal;
    }

    public String getAlasan() {
        return alasan;
    }

    public String getDireviuOleh() {
        return direviuOleh;
    }

    public OffsetDateTime getDireviuPada() {
        return direviuPada;
    }

    public long getVersion() {
        return version;
    }
}
