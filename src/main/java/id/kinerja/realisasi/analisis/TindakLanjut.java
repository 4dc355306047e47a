package id.kinerja.realisasi.analisis;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recommendation / follow-up of an analysis, with its owner and target quarter. It stays open,
 * and is shown again in every later quarter of the same IKU, until closed with a note.
 */
@Entity
@Table(name = "tindak_lanjut")
public class TindakLanjut extends AuditedEntity implements UnitScoped {

    public enum Status {
        TERBUKA, SELESAI
    }

    @Column(name = "analisis_id", nullable = false, updatable = false)
    private Long analisisId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "iku_akar_id", nullable = false, updatable = false)
    private Long ikuAkarId;

    @Column(name = "dibuka_triwulan", nullable = false, updatable = false)
    private int dibukaTriwulan;

    @Column(nullable = false)
    private String rekomendasi;

    @Column(name = "penanggung_jawab", nullable = false)
    private String penanggungJawab;

    @Column(name = "target_triwulan", nullable = false)
    private int targetTriwulan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.TERBUKA;

    @Column(name = "catatan_penutupan")
    private String catatanPenutupan;

    @Column(name = "ditutup_triwulan")
    private Integer ditutupTriwulan;

    @Column(name = "ditutup_oleh")
    private String ditutupOleh;

    @Column(name = "ditutup_pada")
    private Instant ditutupPada;

    protected TindakLanjut() {
    }

    TindakLanjut(AnalisisIku analisis, String rekomendasi, String penanggungJawab, int targetTriwulan) {
        this.analisisId = analisis.getId();
        this.unitId = analisis.getUnitId();
        this.ikuAkarId = analisis.getIkuAkarId();
        this.dibukaTriwulan = analisis.getTriwulan();
        this.rekomendasi = rekomendasi;
        this.penanggungJawab = penanggungJawab;
        this.targetTriwulan = targetTriwulan;
    }

    void tutup(int triwulan, String catatan, String oleh, Instant pada) {
        if (status == Status.SELESAI) {
            throw new IllegalStateException("sudah ditutup");
        }
        status = Status.SELESAI;
        ditutupTriwulan = triwulan;
        catatanPenutupan = catatan;
        ditutupOleh = oleh;
        ditutupPada = pada;
    }

    /** Shown in quarter n: opened by then and still open then (closed in n or later, or not at all). */
    boolean tampilDi(int triwulan) {
        return dibukaTriwulan <= triwulan && (status == Status.TERBUKA || ditutupTriwulan >= triwulan);
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getAnalisisId() {
        return analisisId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getIkuAkarId() {
        return ikuAkarId;
    }

    public int getDibukaTriwulan() {
        return dibukaTriwulan;
    }

    public String getRekomendasi() {
        return rekomendasi;
    }

    public String getPenanggungJawab() {
        return penanggungJawab;
    }

    public int getTargetTriwulan() {
        return targetTriwulan;
    }

    public Status getStatus() {
        return status;
    }

    public String getCatatanPenutupan() {
        return catatanPenutupan;
    }

    public Integer getDitutupTriwulan() {
        return ditutupTriwulan;
    }

    public String getDitutupOleh() {
        return ditutupOleh;
    }

    public Instant getDitutupPada() {
        return ditutupPada;
    }
}
