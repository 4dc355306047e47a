package id.kinerja.dialog;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.jpa.TindakLanjutDasar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A follow-up agreed in a dialog: owner, the month it is due, open until closed with a note. */
@Entity
@Table(name = "tindak_lanjut_dialog")
public class TindakLanjutDialog extends TindakLanjutDasar {

    @Column(name = "dialog_id", nullable = false, updatable = false)
    private Long dialogId;

    @Column(nullable = false)
    private String uraian;

    @Column(name = "batas_tahun", nullable = false)
    private int batasTahun;

    @Column(name = "batas_bulan", nullable = false)
    private int batasBulan;

    protected TindakLanjutDialog() {
    }

    TindakLanjutDialog(DialogKinerja dialog, String uraian, String penanggungJawab, YearMonth batas) {
        super(dialog.getUnitId(), penanggungJawab);
        this.dialogId = dialog.getId();
        this.uraian = uraian;
        this.batasTahun = batas.getYear();
        this.batasBulan = batas.getMonthValue();
    }

    void tutup(String catatan, String oleh, Instant pada) {
        if (!terbuka()) {
            throw new BusinessRuleException("catatan", "dialog.tl.sudahSelesai");
        }
        tandaiSelesai(catatan, oleh, pada);
    }

    /** Overdue: still open after the last day of its month. */
    public boolean terlambat(LocalDate hariIni) {
        return terbuka() && hariIni.isAfter(batas().atEndOfMonth());
    }

    public YearMonth batas() {
        return YearMonth.of(batasTahun, batasBulan);
    }

    public Long getDialogId() {
        return dialogId;
    }

    public String getUraian() {
        return uraian;
    }
}
