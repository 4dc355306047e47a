package id.kinerja.realisasi.kegiatan;

import id.kinerja.realisasi.CatatanUnitTahun;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one Rencana Aksi activity achieved in one quarter: done, or a % of progress, and the budget
 * realised in that quarter. The activity belongs to perencanaan and is referenced by id only.
 */
@Entity
@Table(name = "capaian_kegiatan")
public class CapaianKegiatan extends CatatanUnitTahun {

    static final BigDecimal SERATUS = new BigDecimal("100");



    @Column(name = "kegiatan_id", nullable = false)
    private Long kegiatanId;

    @Column(name = "kegiatan_akar_id", nullable = false, updatable = false)
    private Long kegiatanAkarId;

    @Column(nullable = false, updatable = false)
    private int triwulan;

    @Column(nullable = false)
    private boolean selesai;

    @Column(nullable = false)
    private BigDecimal progres;

    @Column(name = "realisasi_anggaran")
    private BigDecimal realisasiAnggaran;

    private String keluaran;
    private String kendala;

    @Column(name = "diisi_oleh", nullable = false)
    private String diisiOleh;

    @Column(name = "diisi_pada", nullable = false)
    private Instant diisiPada;

    protected CapaianKegiatan() {
    }

    CapaianKegiatan(Long unitId, Long tahunAnggaranId, Long kegiatanAkarId, int triwulan) {
        super(unitId, tahunAnggaranId);
        this.kegiatanAkarId = kegiatanAkarId;
        this.triwulan = triwulan;
    }

    /** Done means 100 %; a progress of 100 % means done. */
    void isi(Long kegiatanIdBerlaku, boolean selesai, BigDecimal progres, BigDecimal realisasiAnggaran,
            String keluaran, String kendala, String oleh, Instant pada) {
        if (progres == null || progres.signum() < 0 || progres.compareTo(SERATUS) > 0) {
            throw new IllegalArgumentException("progres 0..100");
        }
        this.kegiatanId = kegiatanIdBerlaku;
        this.selesai = selesai || progres.compareTo(SERATUS) == 0;
        this.progres = this.selesai ? SERATUS : progres;
        this.realisasiAnggaran = realisasiAnggaran;
        this.keluaran = keluaran;
        this.kendala = kendala;
        this.diisiOleh = oleh;
        this.diisiPada = pada;
    }

    public Long getKegiatanId() {
        return kegiatanId;
    }

    public Long getKegiatanAkarId() {
        return kegiatanAkarId;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public boolean isSelesai() {
        return selesai;
    }

    public BigDecimal getProgres() {
        return progres;
    }

    public BigDecimal getRealisasiAnggaran() {
        return realisasiAnggaran;
    }

    public String getKeluaran() {
        return keluaran;
    }

    public String getKendala() {
        return kendala;
    }

    public String getDiisiOleh() {
        return diisiOleh;
    }

    public Instant getDiisiPada() {
        return diisiPada;
    }
}
