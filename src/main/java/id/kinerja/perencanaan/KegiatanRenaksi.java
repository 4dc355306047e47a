package id.kinerja.perencanaan;

import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An activity of an IKU's Rencana Aksi in one quarter, with its budget and expected evidence. */
@Entity
@Table(name = "kegiatan_renaksi")
public class KegiatanRenaksi extends AuditedEntityBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iku_id")
    private Iku iku;

    @Column(nullable = false)
    private int triwulan;

    @Column(nullable = false)
    private String nama;

    private BigDecimal anggaran;

    @Column(name = "bukti_dukung")
    private String buktiDukung;

    @Column(name = "inisiatif_strategis", nullable = false)
    private boolean inisiatifStrategis;

    private LocalDate mulai;
    private LocalDate selesai;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asal_id")
    private KegiatanRenaksi asal;

    protected KegiatanRenaksi() {
    }

    KegiatanRenaksi(Iku iku, int triwulan, String nama, BigDecimal anggaran, String buktiDukung,
            boolean inisiatifStrategis, LocalDate mulai, LocalDate selesai) {
        this.iku = iku;
        this.triwulan = triwulan;
        this.nama = nama;
        this.anggaran = anggaran;
        this.buktiDukung = buktiDukung;
        this.inisiatifStrategis = inisiatifStrategis;
        this.mulai = mulai;
        this.selesai = selesai;
    }

    /** A correction of the activity (the audit listener records before and after). */
    void ubah(int triwulan, String nama, BigDecimal anggaran, String buktiDukung, boolean inisiatifStrategis,
            LocalDate mulai, LocalDate selesai) {
        this.triwulan = triwulan;
        this.nama = nama;
        this.anggaran = anggaran;
        this.buktiDukung = buktiDukung;
        this.inisiatifStrategis = inisiatifStrategis;
        this.mulai = inisiatifStrategis ? mulai : null;
        this.selesai = inisiatifStrategis ? selesai : null;
    }

    static KegiatanRenaksi salinan(Iku ikuBaru, KegiatanRenaksi asal) {
        KegiatanRenaksi k = new KegiatanRenaksi(ikuBaru, asal.triwulan, asal.nama, asal.anggaran, asal.buktiDukung,
                asal.inisiatifStrategis, asal.mulai, asal.selesai);
        k.asal = asal;
        return k;
    }

    @Override
    public Long unitIdUntukAudit() {
        return iku.unitIdUntukAudit();
    }

    public Iku getIku() {
        return iku;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public String getNama() {
        return nama;
    }

    public BigDecimal getAnggaran() {
        return anggaran;
    }

    public String getBuktiDukung() {
        return buktiDukung;
    }

    public boolean isInisiatifStrategis() {
        return inisiatifStrategis;
    }

    public LocalDate getMulai() {
        return mulai;
    }

    public LocalDate getSelesai() {
        return selesai;
    }
}
