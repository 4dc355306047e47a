package id.kinerja.dialog;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's request, filed from a dialog, to change its plan (a target, an Inisiatif Strategis, the
 * Rencana Aksi or the budget). Approved, it opens a PK revision; rejected, the plan stays and the
 * answer is kept.
 */
@Entity
@Table(name = "permintaan_perubahan")
public class PermintaanPerubahan extends AuditedEntity implements UnitScoped {

    public enum Jenis {
        TARGET, INISIATIF_STRATEGIS, RENCANA_AKSI, ANGGARAN
    }

    public enum Status {
        DIAJUKAN, DISETUJUI, DITOLAK
    }

    public enum Penerima {
        PKO_PUSAT, ATASAN
    }

    @Column(name = "dialog_id", nullable = false, updatable = false)
    private Long dialogId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Jenis jenis;

    @Column(name = "pk_id", nullable = false, updatable = false)
    private Long pkId;

    @Column(name = "iku_id", updatable = false)
    private Long ikuId;

    @Column(name = "target_baru", updatable = false)
    private BigDecimal targetBaru;

    @Column(nullable = false, updatable = false)
    private String uraian;

    @Column(nullable = false, updatable = false)
    private String alasan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Penerima penerima;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DIAJUKAN;

    @Column(name = "diajukan_oleh", nullable = false, updatable = false)
    private String diajukanOleh;

    @Column(name = "diajukan_pada", nullable = false, updatable = false)
    private Instant diajukanPada;

    @Column(name = "diputus_oleh")
    private String diputusOleh;

    @Column(name = "diputus_pada")
    private Instant diputusPada;

    private String jawaban;

    @Column(name = "pk_revisi_id")
    private Long pkRevisiId;

    @Column(name = "mulai_triwulan")
    private Integer mulaiTriwulan;

    protected PermintaanPerubahan() {
    }

    PermintaanPerubahan(DialogKinerja dialog, Jenis jenis, Long pkId, Long ikuId, BigDecimal targetBaru,
            String uraian, String alasan, Penerima penerima, String oleh, Instant pada) {
        this.dialogId = dialog.getId();
        this.unitId = dialog.getUnitId();
        this.jenis = jenis;
        this.pkId = pkId;
        this.ikuId = ikuId;
        this.targetBaru = targetBaru;
        this.uraian = uraian;
        this.alasan = alasan;
        this.penerima = penerima;
        this.diajukanOleh = oleh;
        this.diajukanPada = pada;
    }

    void setujui(String oleh, Instant pada, String jawaban, Long pkRevisiId, int mulaiTriwulan) {
        belumDiputus();
        this.status = Status.DISETUJUI;
        this.diputusOleh = oleh;
        this.diputusPada = pada;
        this.jawaban = jawaban;
        this.pkRevisiId = pkRevisiId;
        this.mulaiTriwulan = mulaiTriwulan;
    }

    void tolak(String oleh, Instant pada, String jawaban) {
        belumDiputus();
        this.status = Status.DITOLAK;
        this.diputusOleh = oleh;
        this.diputusPada = pada;
        this.jawaban = jawaban;
    }

    private void belumDiputus() {
        if (status != Status.DIAJUKAN) {
            throw new BusinessRuleException("jawaban", "dialog.permintaan.sudahDiputus");
        }
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getDialogId() {
        return dialogId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Jenis getJenis() {
        return jenis;
    }

    public Long getPkId() {
        return pkId;
    }

    public Long getIkuId() {
        return ikuId;
    }

    public BigDecimal getTargetBaru() {
        return targetBaru;
    }

    public String getUraian() {
        return uraian;
    }

    public String getAlasan() {
        return alasan;
    }

    public Penerima getPenerima() {
        return penerima;
    }

    public Status getStatus() {
        return status;
    }

    public String getDiajukanOleh() {
        return diajukanOleh;
    }

    public String getDiputusOleh() {
        return diputusOleh;
    }

    public String getJawaban() {
        return jawaban;
    }

    public Long getPkRevisiId() {
        return pkRevisiId;
    }

    public Integer getMulaiTriwulan() {
        return mulaiTriwulan;
    }
}
