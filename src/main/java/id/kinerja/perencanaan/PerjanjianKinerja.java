package id.kinerja.perencanaan;

import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.Unit;
import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * One version of a unit's Perjanjian Kinerja for a fiscal year: the aggregate root. It owns its
 * Sasaran Strategis (and through them the IKU with their trajectory targets and activities), its
 * budget lines, its map arrows and its workflow history; removing a part from its list deletes it.
 * Workflow steps check their own preconditions and register domain events, published when the PK
 * is saved through its repository.
 */
@Entity
@Table(name = "perjanjian_kinerja")
public class PerjanjianKinerja extends AuditedEntityBerurutan implements UnitScoped {

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

    /** alasan_perubahan and catatan (and the history note) are varchar(1000). */
    static final int MAKS_TEKS = 1000;

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

    @OneToMany(mappedBy = "pk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SasaranStrategis> sasaran = new ArrayList<>();

    @OneToMany(mappedBy = "pk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PkAnggaran> anggaran = new ArrayList<>();

    @OneToMany(mappedBy = "pk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PetaPanah> panah = new ArrayList<>();

    @OneToMany(mappedBy = "pk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("pada, id")
    private List<RiwayatPk> riwayat = new ArrayList<>();

    @Transient
    private final List<Object> peristiwa = new ArrayList<>();

    protected PerjanjianKinerja() {
    }

    PerjanjianKinerja(Unit unit, TahunAnggaran tahunAnggaran, int nomorVersi, JenisPk jenis) {
        this.unit = unit;
        this.tahunAnggaran = tahunAnggaran;
        this.nomorVersi = nomorVersi;
        this.jenis = jenis;
    }

    /**
     * A new version (revisi or komplemen) in force from a quarter: a deep copy of the SS, IKU
     * (Manual IKU), trajectory targets, activities, map arrows and budget lines, each copy
     * remembering its origin; the parties carry over. Only an approved version is revised, from a
     * quarter not before its own, for a stated reason.
     */
    PerjanjianKinerja revisiDari(JenisPk jenisBaru, int mulaiTriwulan, String alasan) {
        if (jenisBaru == JenisPk.AWAL) {
            throw new BusinessRuleException("jenis", "pk.revisi.jenis");
        }
        if (status != StatusPk.DITETAPKAN) {
            throw new BusinessRuleException("jenis", "pk.revisi.belumDitetapkan");
        }
        if (mulaiTriwulan < 1 || mulaiTriwulan > 4 || mulaiTriwulan < berlakuMulaiTriwulan) {
            throw new BusinessRuleException("mulaiTriwulan", "pk.revisi.triwulan", berlakuMulaiTriwulan);
        }
        if (alasan == null || alasan.isBlank()) {
            throw new BusinessRuleException("alasan", "pk.revisi.alasanWajib");
        }
        if (alasan.trim().length() > MAKS_TEKS) {
            throw new BusinessRuleException("alasan", "pk.revisi.alasanPanjang",
                    String.valueOf(MAKS_TEKS));
        }
        PerjanjianKinerja baru = new PerjanjianKinerja(unit, tahunAnggaran, nomorVersi + 1, jenisBaru);
        baru.berlakuMulaiTriwulan = mulaiTriwulan;
        baru.alasanPerubahan = alasan.trim();
        baru.tetapkanPihak(pihakPertamaNama, pihakPertamaJabatan, pihakPertamaNip, pihakKeduaNama, pihakKeduaJabatan,
                pihakKeduaNip, pihakKeduaPlt);
        baru.pangkatDanPelaksana(pihakPertamaPangkat, pihakPertamaPelaksana, pihakKeduaPangkat, pihakKeduaPelaksana);
        Map<SasaranStrategis, SasaranStrategis> ssBaru = new HashMap<>();
        for (SasaranStrategis ss : sasaran) {
            SasaranStrategis salinan = SasaranStrategis.salinan(baru, ss);
            baru.sasaran.add(salinan);
            ssBaru.put(ss, salinan);
        }
        for (PetaPanah p : panah) {
            baru.panah.add(new PetaPanah(baru, ssBaru.get(p.getDari()), ssBaru.get(p.getKe())));
        }
        for (PkAnggaran a : anggaran) {
            baru.anggaran.add(new PkAnggaran(baru, a.getProgram(), a.getKegiatan(), a.getRincianOutput(),
                    a.getAnggaran()));
        }
        return baru;
    }

    /** Adds an SS to this version (the caller has checked the planning rules). */
    SasaranStrategis tambahSasaran() {
        SasaranStrategis ss = new SasaranStrategis(this);
        sasaran.add(ss);
        return ss;
    }

    /** Removes an SS and the map arrows that touch it; an SS that still has IKU is refused. */
    void hapusSasaran(SasaranStrategis ss) {
        if (!ss.getIku().isEmpty()) {
            throw new BusinessRuleException("ss", "pk.ss.masihAdaIku", ss.getKode());
        }
        panah.removeIf(p -> p.getDari().equals(ss) || p.getKe().equals(ss));
        sasaran.remove(ss);
    }

    /** Adds an IKU under one of this version's SS. */
    void tambahIku(SasaranStrategis ss, Iku iku) {
        if (ss.getPk() != this && (getId() == null || !getId().equals(ss.getPk().getId()))) {
            throw new IllegalArgumentException("SS bukan milik PK ini");
        }
        ss.tambahIku(iku);
    }

    /** Removes an IKU with its Manual IKU, trajectory and activities (orphan removal). */
    void hapusIku(Iku iku) {
        iku.getSs().hapusIku(iku);
    }

    PkAnggaran tambahAnggaran(String program, String kegiatan, String rincianOutput, BigDecimal nilai) {
        PkAnggaran a = new PkAnggaran(this, program, kegiatan, rincianOutput, nilai);
        anggaran.add(a);
        return a;
    }

    void hapusAnggaran(PkAnggaran a) {
        anggaran.remove(a);
    }

    PetaPanah tambahPanah(SasaranStrategis dari, SasaranStrategis ke) {
        PetaPanah p = new PetaPanah(this, dari, ke);
        panah.add(p);
        return p;
    }

    void hapusPanah(PetaPanah p) {
        panah.remove(p);
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

    /** Submits a draft (or a returned version) that has no blocking problem left. */
    void ajukan(Instant now, Pelaku oleh, int jumlahMasalah) {
        if (!status.dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        if (jumlahMasalah > 0) {
            throw new BusinessRuleException("pk", "pk.ajukan.masihAdaMasalah", jumlahMasalah);
        }
        StatusPk dari = status;
        status = StatusPk.DIAJUKAN;
        diajukanPada = now;
        diajukanOleh = oleh.username();
        catatan = null;
        langkah(LangkahPk.AJUKAN, dari, oleh, now, null);
    }

    /** The planner takes a submitted version back to draft (before anyone decided on it). */
    void tarik(Instant now, Pelaku oleh) {
        if (status != StatusPk.DIAJUKAN) {
            throw new BusinessRuleException("pk", "pk.tarik.bukanDiajukan");
        }
        status = StatusPk.DRAFT;
        langkah(LangkahPk.TARIK, StatusPk.DIAJUKAN, oleh, now, null);
    }

    /** Approves a submitted version; the caller supersedes the version it replaces. */
    void tetapkan(Instant now, Pelaku oleh) {
        if (status != StatusPk.DIAJUKAN) {
            throw new BusinessRuleException("pk", "pk.belumDiajukan");
        }
        status = StatusPk.DITETAPKAN;
        ditetapkanPada = now;
        ditetapkanOleh = oleh.username();
        langkah(LangkahPk.TETAPKAN, StatusPk.DIAJUKAN, oleh, now, null);
        peristiwa.add(new PkDitetapkan(getId(), unit.getId()));
    }

    /** Returns a submitted version to its planners with a note saying what to change. */
    void kembalikan(Instant now, Pelaku oleh, String catatan) {
        if (catatan == null || catatan.isBlank()) {
            throw new BusinessRuleException("catatan", "pk.kembalikan.catatanWajib");
        }
        if (catatan.trim().length() > MAKS_TEKS) {
            throw new BusinessRuleException("catatan", "pk.kembalikan.catatanPanjang",
                    String.valueOf(MAKS_TEKS));
        }
        if (status != StatusPk.DIAJUKAN) {
            throw new BusinessRuleException("pk", "pk.belumDiajukan");
        }
        status = StatusPk.DIKEMBALIKAN;
        this.catatan = catatan.trim();
        langkah(LangkahPk.KEMBALIKAN, StatusPk.DIAJUKAN, oleh, now, this.catatan);
    }

    private void langkah(LangkahPk l, StatusPk dari, Pelaku oleh, Instant now, String teks) {
        riwayat.add(new RiwayatPk(this, l, oleh, now, teks));
        peristiwa.add(new LangkahAlurPk(getId(), unit.getId(), l, dari, status, teks));
    }

    @DomainEvents
    Collection<Object> peristiwa() {
        return List.copyOf(peristiwa);
    }

    @AfterDomainEventPublication
    void peristiwaTerbit() {
        peristiwa.clear();
    }

    public List<SasaranStrategis> getSasaran() {
        return Collections.unmodifiableList(sasaran);
    }

    public List<PkAnggaran> getAnggaran() {
        return Collections.unmodifiableList(anggaran);
    }

    public List<PetaPanah> getPanah() {
        return Collections.unmodifiableList(panah);
    }

    public List<RiwayatPk> getRiwayat() {
        return Collections.unmodifiableList(riwayat);
    }

    /** The last time this version was submitted, and by whom (name), from its history. */
    public RiwayatPk getLangkahTerakhir(LangkahPk l) {
        RiwayatPk out = null;
        for (RiwayatPk r : riwayat) {
            if (r.getLangkah() == l) {
                out = r;
            }
        }
        return out;
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
