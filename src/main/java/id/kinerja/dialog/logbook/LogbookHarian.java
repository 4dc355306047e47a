package id.kinerja.dialog.logbook;

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

/** Kemenkes catatan harian: one day's work of an individual position on a Rencana Aksi activity. */
@Entity
@Table(name = "logbook_harian")
public class LogbookHarian extends AuditedEntity implements UnitScoped {

    public enum Kategori {
        BIASA, PERLU_DISKUSI
    }

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false)
    private String penulis;

    @Column(nullable = false, updatable = false)
    private LocalDate tanggal;

    @Column(name = "kegiatan_id", updatable = false)
    private Long kegiatanId;

    @Column(nullable = false, updatable = false)
    private String rincian;

    @Column(updatable = false)
    private String tautan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kategori kategori;

    private String jawaban;

    @Column(name = "dijawab_oleh")
    private String dijawabOleh;

    @Column(name = "dijawab_pada")
    private Instant dijawabPada;

    protected LogbookHarian() {
    }

    LogbookHarian(Long unitId, String penulis, LocalDate tanggal, Long kegiatanId, String rincian, String tautan,
            Kategori kategori) {
        this.unitId = unitId;
        this.penulis = penulis;
        this.tanggal = tanggal;
        this.kegiatanId = kegiatanId;
        this.rincian = rincian;
        this.tautan = tautan;
        this.kategori = kategori;
    }

    /** The superior's answer to an entry queued for discussion. */
    void jawab(String jawaban, String oleh, Instant pada) {
        if (kategori != Kategori.PERLU_DISKUSI) {
            throw new BusinessRuleException("jawaban", "logbook.jawab.bukanDiskusi");
        }
        if (this.jawaban != null) {
            throw new BusinessRuleException("jawaban", "logbook.jawab.sudah");
        }
        this.jawaban = jawaban;
        this.dijawabOleh = oleh;
        this.dijawabPada = pada;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPenulis() {
        return penulis;
    }

    public LocalDate getTanggal() {
        return tanggal;
    }

    public Long getKegiatanId() {
        return kegiatanId;
    }

    public String getRincian() {
        return rincian;
    }

    public String getTautan() {
        return tautan;
    }

    public Kategori getKategori() {
        return kategori;
    }

    public String getJawaban() {
        return jawaban;
    }

    public String getDijawabOleh() {
        return dijawabOleh;
    }
}
