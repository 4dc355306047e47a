package id.kinerja.realisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A unit's realisation report for one quarter: every value of the periods ending in that quarter
 * travels together through submission, approval and (next issue) the validation lock. Whoever
 * submitted never decides (checked here and by a database constraint).
 */
@Entity
@Table(name = "laporan_realisasi")
public class LaporanRealisasi extends CatatanUnitTahun {



    @Column(nullable = false, updatable = false)
    private int triwulan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusLaporan status = StatusLaporan.DRAFT;

    @Column(name = "diajukan_oleh")
    private String diajukanOleh;

    @Column(name = "diajukan_pada")
    private Instant diajukanPada;

    @Column(name = "diputuskan_oleh")
    private String diputuskanOleh;

    @Column(name = "diputuskan_pada")
    private Instant diputuskanPada;

    private String catatan;

    @Column(nullable = false)
    private boolean terkunci;

    @Column(name = "dikunci_oleh")
    private String dikunciOleh;

    @Column(name = "dikunci_pada")
    private Instant dikunciPada;

    protected LaporanRealisasi() {
    }

    LaporanRealisasi(Long unitId, Long tahunAnggaranId, int triwulan) {
        super(unitId, tahunAnggaranId);
        this.triwulan = triwulan;
    }

    void ajukan(String oleh, Instant pada) {
        if (terkunci || !status.dapatDiisi()) {
            throw new IllegalStateException("laporan " + status);
        }
        status = StatusLaporan.DIAJUKAN;
        diajukanOleh = oleh;
        diajukanPada = pada;
        diputuskanOleh = null;
        diputuskanPada = null;
    }

    void setujui(String oleh, Instant pada) {
        putuskan(oleh, pada);
        status = StatusLaporan.DISETUJUI;
        catatan = null;
    }

    void kembalikan(String oleh, Instant pada, String catatan) {
        putuskan(oleh, pada);
        status = StatusLaporan.DIKEMBALIKAN;
        this.catatan = catatan;
    }

    private void putuskan(String oleh, Instant pada) {
        if (status != StatusLaporan.DIAJUKAN) {
            throw new IllegalStateException("laporan " + status);
        }
        if (oleh.equals(diajukanOleh)) {
            throw new IllegalStateException("pemisahan tugas");
        }
        diputuskanOleh = oleh;
        diputuskanPada = pada;
    }

    /** The validation forum's lock (next issue); kept here so the rules can already honour it. */
    void kunci(String oleh, Instant pada) {
        terkunci = true;
        dikunciOleh = oleh;
        dikunciPada = pada;
    }

    /** A re-opening by the PKO (the forum keeps the reason and the old berita acara). */
    void bukaKunci() {
        terkunci = false;
        dikunciOleh = null;
        dikunciPada = null;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public StatusLaporan getStatus() {
        return status;
    }

    public String getDiajukanOleh() {
        return diajukanOleh;
    }

    public Instant getDiajukanPada() {
        return diajukanPada;
    }

    public String getDiputuskanOleh() {
        return diputuskanOleh;
    }

    public Instant getDiputuskanPada() {
        return diputuskanPada;
    }

    public String getCatatan() {
        return catatan;
    }

    public boolean isTerkunci() {
        return terkunci;
    }

    public String getDikunciOleh() {
        return dikunciOleh;
    }

    public Instant getDikunciPada() {
        return dikunciPada;
    }
}
