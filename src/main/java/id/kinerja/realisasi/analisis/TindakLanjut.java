package id.kinerja.realisasi.analisis;

import id.kinerja.platform.jpa.TindakLanjutDasar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recommendation / follow-up of an analysis, with its owner and target quarter. It stays open,
 * and is shown again in every later quarter of the same IKU, until closed with a note.
 */
@Entity
@Table(name = "tindak_lanjut")
public class TindakLanjut extends TindakLanjutDasar {

    @Column(name = "analisis_id", nullable = false, updatable = false)
    private Long analisisId;

    @Column(name = "iku_akar_id", nullable = false, updatable = false)
    private Long ikuAkarId;

    @Column(name = "dibuka_triwulan", nullable = false, updatable = false)
    private int dibukaTriwulan;

    @Column(nullable = false)
    private String rekomendasi;

    @Column(name = "target_triwulan", nullable = false)
    private int targetTriwulan;

    @Column(name = "ditutup_triwulan")
    private Integer ditutupTriwulan;

    protected TindakLanjut() {
    }

    TindakLanjut(AnalisisIku analisis, String rekomendasi, String penanggungJawab, int targetTriwulan) {
        super(analisis.getUnitId(), penanggungJawab);
        this.analisisId = analisis.getId();
        this.ikuAkarId = analisis.getIkuAkarId();
        this.dibukaTriwulan = analisis.getTriwulan();
        this.rekomendasi = rekomendasi;
        this.targetTriwulan = targetTriwulan;
    }

    void tutup(int triwulan, String catatan, String oleh, Instant pada) {
        if (!terbuka()) {
            throw new IllegalStateException("sudah ditutup");
        }
        ditutupTriwulan = triwulan;
        tandaiSelesai(catatan, oleh, pada);
    }

    /** Shown in quarter n: opened by then and still open then (closed in n or later, or not at all). */
    boolean tampilDi(int triwulan) {
        return dibukaTriwulan <= triwulan && (terbuka() || ditutupTriwulan >= triwulan);
    }

    public Long getAnalisisId() {
        return analisisId;
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

    public int getTargetTriwulan() {
        return targetTriwulan;
    }

    public Integer getDitutupTriwulan() {
        return ditutupTriwulan;
    }
}
