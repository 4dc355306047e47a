package id.kinerja.realisasi.analisis;

import id.kinerja.realisasi.CatatanUnitTahun;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The analysis of one IKU in one quarter (Marves §2.3.1): positive and negative issues, their
 * implication, the root cause of the negative ones, obstacles and a narrative.
 */
@Entity
@Table(name = "analisis_iku")
public class AnalisisIku extends CatatanUnitTahun {



    @Column(name = "iku_id", nullable = false)
    private Long ikuId;

    @Column(name = "iku_akar_id", nullable = false, updatable = false)
    private Long ikuAkarId;

    @Column(nullable = false, updatable = false)
    private int triwulan;

    @Column(name = "isu_positif")
    private String isuPositif;

    @Column(name = "isu_negatif")
    private String isuNegatif;

    private String implikasi;

    @Column(name = "akar_masalah")
    private String akarMasalah;

    private String kendala;
    private String narasi;

    @Column(name = "diisi_oleh", nullable = false)
    private String diisiOleh;

    @Column(name = "diisi_pada", nullable = false)
    private Instant diisiPada;

    protected AnalisisIku() {
    }

    AnalisisIku(Long unitId, Long tahunAnggaranId, Long ikuAkarId, int triwulan) {
        super(unitId, tahunAnggaranId);
        this.ikuAkarId = ikuAkarId;
        this.triwulan = triwulan;
    }

    void isi(Long ikuIdBerlaku, Isi isi, String oleh, Instant pada) {
        this.ikuId = ikuIdBerlaku;
        this.isuPositif = isi.isuPositif();
        this.isuNegatif = isi.isuNegatif();
        this.implikasi = isi.implikasi();
        this.akarMasalah = isi.akarMasalah();
        this.kendala = isi.kendala();
        this.narasi = isi.narasi();
        this.diisiOleh = oleh;
        this.diisiPada = pada;
    }

    /**
     * Complete enough to explain a red or declining value: a narrative, and the problem named as a
     * negative issue, a root cause or an obstacle.
     */
    boolean menjelaskanMasalah() {
        return ada(narasi) && (ada(isuNegatif) || ada(akarMasalah) || ada(kendala));
    }

    private static boolean ada(String s) {
        return s != null && !s.isBlank();
    }

    /** The texts of an analysis (blank = null). */
    public record Isi(String isuPositif, String isuNegatif, String implikasi, String akarMasalah, String kendala,
            String narasi) {
    }

    public Long getIkuId() {
        return ikuId;
    }

    public Long getIkuAkarId() {
        return ikuAkarId;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public String getIsuPositif() {
        return isuPositif;
    }

    public String getIsuNegatif() {
        return isuNegatif;
    }

    public String getImplikasi() {
        return implikasi;
    }

    public String getAkarMasalah() {
        return akarMasalah;
    }

    public String getKendala() {
        return kendala;
    }

    public String getNarasi() {
        return narasi;
    }

    public String getDiisiOleh() {
        return diisiOleh;
    }

    public Instant getDiisiPada() {
        return diisiPada;
    }
}
