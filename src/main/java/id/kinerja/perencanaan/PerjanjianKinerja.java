package id.kinerja.perencanaan;

import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.Unit;
import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a unit's Perjanjian Kinerja for a fiscal year. */
@Entity
@Table(name = "perjanjian_kinerja")
public class PerjanjianKinerja extends AuditedEntity implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tahun_anggaran_id")
    private TahunAnggaran tahunAnggaran;

    @Column(name = "nomor_versi", nullable = false)
    private int nomorVersi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JenisPk jenis;

    @Column(name = "berlaku_mulai_triwulan", nullable = false)
    private int berlakuMulaiTriwulan = 1;

    @Column(name = "alasan_perubahan")
    private String alasanPerubahan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusPk status = StatusPk.DRAFT;

    @Column(name = "pihak_pertama_nama")
    private String pihakPertamaNama;

    @Column(name = "pihak_pertama_jabatan")
    private String pihakPertamaJabatan;

    @Column(name = "pihak_pertama_nip")
    private String pihakPertamaNip;

    @Column(name = "pihak_kedua_nama")
    private String pihakKeduaNama;

    @Column(name = "pihak_kedua_jabatan")
    private String pihakKeduaJabatan;

    @Column(name = "pihak_kedua_nip")
    private String pihakKeduaNip;

    @Column(name = "pihak_kedua_plt", nullable = false)
    private boolean pihakKeduaPlt;

    @Column(name = "pihak_pertama_pangkat")
    private String pihakPertamaPangkat;

    @Column(name = "pihak_kedua_pangkat")
    private String pihakKeduaPangkat;

    @Enumerated(EnumType.STRING)
    @Column(name = "pihak_pertama_pelaksana")
    private Pelaksana pihakPertamaPelaksana;

    @Enumerated(EnumType.STRING)
    @Column(name = "pihak_kedua_pelaksana")
    private Pelaksana pihakKeduaPelaksana;

    private String catatan;

    @Column(name = "diajukan_pada")
    private Instant diajukanPada;

    @Column(name = "diajukan_oleh")
    private String diajukanOleh;

    @Column(name = "ditetapkan_pada")
    private Instant ditetapkanPada;

    @Column(name = "ditetapkan_oleh")
    private String ditetapkanOleh;

    protected PerjanjianKinerja() {
    }

    PerjanjianKinerja(Unit unit, TahunAnggaran tahunAnggaran, int nomorVersi, JenisPk jenis) {
        this.unit = unit;
        this.tahunAnggaran = tahunAnggaran;
        this.nomorVersi = nomorVersi;
        this.jenis = jenis;
    }

    /** A new version (revisi or komplemen) in force from a quarter, parties carried over. */
    PerjanjianKinerja versiBaru(JenisPk jenisBaru, int mulaiTriwulan, String alasan) {
        PerjanjianKinerja baru = new PerjanjianKinerja(unit, tahunAnggaran, nomorVersi + 1, jenisBaru);
        baru.berlakuMulaiTriwulan = mulaiTriwulan;
        baru.alasanPerubahan = alasan;
        baru.tetapkanPihak(pihakPertamaNama, pihakPertamaJabatan, pihakPertamaNip, pihakKeduaNama, pihakKeduaJabatan,
                pihakKeduaNip, pihakKeduaPlt);
        baru.pangkatDanPelaksana(pihakPertamaPangkat, pihakPertamaPelaksana, pihakKeduaPangkat, pihakKeduaPelaksana);
        return baru;
    }

    void digantikan() {
        status = StatusPk.DIGANTIKAN;
    }

    void tetapkanPihak(String pertamaNama, String pertamaJabatan, String pertamaNip, String keduaNama,
            String keduaJabatan, String keduaNip, boolean keduaPlt) {
        this.pihakPertamaNama = pertamaNama;
        this.pihakPertamaJabatan = pertamaJabatan;
        this.pihakPertamaNip = pertamaNip;
        this.pihakKeduaNama = keduaNama;
        this.pihakKeduaJabatan = keduaJabatan;
        this.pihakKeduaNip = keduaNip;
        this.pihakKeduaPlt = keduaPlt;
    }

    /** Rank and acting status of both parties; Plt. of the second party kept in the older flag too. */
    void pangkatDanPelaksana(String pertamaPangkat, Pelaksana pertamaPelaksana, String keduaPangkat,
            Pelaksana keduaPelaksana) {
        this.pihakPertamaPangkat = pertamaPangkat;
        this.pihakPertamaPelaksana = pertamaPelaksana;
        this.pihakKeduaPangkat = keduaPangkat;
        this.pihakKeduaPelaksana = keduaPelaksana;
        this.pihakKeduaPlt = keduaPelaksana == Pelaksana.PLT;
    }

    void ajukan(Instant now, String oleh) {
        status = StatusPk.DIAJUKAN;
        diajukanPada = now;
        diajukanOleh = oleh;
        catatan = null;
    }

    void tetapkan(Instant now, String oleh) {
        status = StatusPk.DITETAPKAN;
        ditetapkanPada = now;
        ditetapkanOleh = oleh;
    }

    void kembalikan(String catatan) {
        status = StatusPk.DIKEMBALIKAN;
        this.catatan = catatan;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unit.getId();
    }

    public Unit getUnit() {
        return unit;
    }

    public TahunAnggaran getTahunAnggaran() {
        return tahunAnggaran;
    }

    public int getNomorVersi() {
        return nomorVersi;
    }

    public JenisPk getJenis() {
        return jenis;
    }

    public int getBerlakuMulaiTriwulan() {
        return berlakuMulaiTriwulan;
    }

    public String getAlasanPerubahan() {
        return alasanPerubahan;
    }

    public StatusPk getStatus() {
        return status;
    }

    public String getPihakPertamaNama() {
        return pihakPertamaNama;
    }

    public String getPihakPertamaJabatan() {
        return pihakPertamaJabatan;
    }

    public String getPihakPertamaNip() {
        return pihakPertamaNip;
    }

    public String getPihakKeduaNama() {
        return pihakKeduaNama;
    }

    public String getPihakKeduaJabatan() {
        return pihakKeduaJabatan;
    }

    public String getPihakKeduaNip() {
        return pihakKeduaNip;
    }

    public boolean isPihakKeduaPlt() {
        return pihakKeduaPlt;
    }

    public String getPihakPertamaPangkat() {
        return pihakPertamaPangkat;
    }

    public String getPihakKeduaPangkat() {
        return pihakKeduaPangkat;
    }

    public Pelaksana getPihakPertamaPelaksana() {
        return pihakPertamaPelaksana;
    }

    /** Plt. when only the older flag says so (rows written before the acting status had its column). */
    public Pelaksana getPihakKeduaPelaksana() {
        return pihakKeduaPelaksana != null ? pihakKeduaPelaksana : pihakKeduaPlt ? Pelaksana.PLT : null;
    }

    public String getCatatan() {
        return catatan;
    }

    public Instant getDiajukanPada() {
        return diajukanPada;
    }

    public Instant getDitetapkanPada() {
        return ditetapkanPada;
    }

    public String getDiajukanOleh() {
        return diajukanOleh;
    }

    public String getDitetapkanOleh() {
        return ditetapkanOleh;
    }
}
