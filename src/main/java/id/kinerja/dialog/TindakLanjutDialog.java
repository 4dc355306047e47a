package id.kinerja.dialog;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A follow-up agreed in a dialog: owner, the month it is due, open until closed with a note. */
@Entity
@Table(name = "tindak_lanjut_dialog")
public class TindakLanjutDialog extends AuditedEntity implements UnitScoped {

    public enum Status {
        TERBUKA, SELESAI
    }

    @Column(name = "dialog_id", nullable = false, updatable = false)
    private Long dialogId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false)
    private String uraian;

    @Column(name = "penanggung_jawab", nullable = false)
    private String penanggungJawab;

    @Column(name = "batas_tahun", nullable = false)
    private int batasTahun;

    @Column(name = "batas_bulan", nullable = false)
    private int batasBulan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.TERBUKA;

    @Column(name = "catatan_penutupan")
    private String catatanPenutupan;

    @Column(name = "ditutup_oleh")
    private String ditutupOleh;

    @Column(name = "ditutup_pada")
    private Instant ditutupPada;

    protected TindakLanjutDialog() {
    }

    TindakLanjutDialog(DialogKinerja dialog, String uraian, String penanggungJawab, YearMonth batas) {
        this.dialogId = dialog.getId();
        this.unitId = dialog.getUnitId();
        this.uraian = uraian;
        this.penanggungJawab = penanggungJawab;
        this.batasTahun = batas.getYear();
        this.batasBulan = batas.getMonthValue();
    }

    void tutup(String catatan, String oleh, Instant pada) {
        if (status == Status.SELESAI) {
            throw new BusinessRuleException("catatan", "dialog.tl.sudahSelesai");
        }
        status = Status.SELESAI;
        catatanPenutupan = catatan;
        ditutupOleh = oleh;
        ditutupPada = pada;
    }

    /** Overdue: still open after the last day of its month. */
    public boolean terlambat(LocalDate hariIni) {
        return status == Status.TERBUKA && hariIni.isAfter(batas().atEndOfMonth());
    }

    public YearMonth batas() {
        return YearMonth.of(batasTahun, batasBulan);
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

    public String getUraian() {
        return uraian;
    }

    public String getPenanggungJawab() {
        return penanggungJawab;
    }

    public Status getStatus() {
        return status;
    }

    public String getCatatanPenutupan() {
        return catatanPenutupan;
    }

    public String getDitutupOleh() {
        return ditutupOleh;
    }
}
