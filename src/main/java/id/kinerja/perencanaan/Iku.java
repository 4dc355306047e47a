package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An IKU with its Manual IKU; it measures exactly one Sasaran Strategis of one PK version. */
@Entity
@Table(name = "iku")
public class Iku extends AuditedEntityBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ss_id")
    private SasaranStrategis ss;

    @Column(nullable = false)
    private int urutan;

    @Column(nullable = false)
    private String kode = "?";

    // the Manual IKU as value objects, in the same columns as before (ADR 0019)
    @Embedded
    private UraianIku uraian;

    @Embedded
    private KlasifikasiIku klasifikasi;

    @Embedded
    private KonsolidasiIku konsolidasi;

    @Embedded
    private TargetIku targetIku;

    /** Null when the four history columns are empty (JPA loads no object then). */
    @Embedded
    private RiwayatIku riwayat;

    /** Raw target (numerator / denominator) for RAW_DATA location consolidation upstairs. */
    @Column(name = "target_pembilang")
    private BigDecimal targetPembilang;

    @Column(name = "target_penyebut")
    private BigDecimal targetPenyebut;

    /** The IKU of the previous PK version this one was copied from (revisions). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asal_id")
    private Iku asal;

    @OneToMany(mappedBy = "iku", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("jenisPeriode, nomor")
    private List<TargetPeriode> targetPeriode = new ArrayList<>();

    @OneToMany(mappedBy = "iku", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<KegiatanRenaksi> kegiatan = new ArrayList<>();

    protected Iku() {
    }

    Iku(SasaranStrategis ss) {
        this.ss = ss;
    }

    void terapkan(IkuParameters p) {
        urutan = p.urutan();
        uraian = p.uraian();
        klasifikasi = p.klasifikasi();
        konsolidasi = p.konsolidasi().dinormalisasi();
        targetIku = p.targetIku();
        // as loaded: four empty columns come back as no object, so an unchanged IKU stays clean
        riwayat = p.riwayat().kosong() ? null : p.riwayat();
    }

    static Iku salinan(SasaranStrategis ssBaru, Iku asal) {
        Iku iku = new Iku(ssBaru);
        iku.terapkan(asal.parameters());
        iku.kode = asal.kode;
        iku.asal = asal;
        iku.targetPembilang = asal.targetPembilang;
        iku.targetPenyebut = asal.targetPenyebut;
        for (TargetPeriode t : asal.targetPeriode) {
            iku.targetPeriode.add(new TargetPeriode(iku, t.getJenisPeriode(), t.getNomor(), t.getTarget()));
        }
        for (KegiatanRenaksi k : asal.kegiatan) {
            iku.kegiatan.add(KegiatanRenaksi.salinan(iku, k));
        }
        return iku;
    }

    void targetMentah(BigDecimal pembilang, BigDecimal penyebut) {
        this.targetPembilang = pembilang;
        this.targetPenyebut = penyebut;
    }

    public BigDecimal getTargetPembilang() {
        return targetPembilang;
    }

    public BigDecimal getTargetPenyebut() {
        return targetPenyebut;
    }

    public Iku getAsal() {
        return asal;
    }

    public List<TargetPeriode> getTargetPeriode() {
        return Collections.unmodifiableList(targetPeriode);
    }

    public List<KegiatanRenaksi> getKegiatan() {
        return Collections.unmodifiableList(kegiatan);
    }

    /** Sets the trajectory target of one reporting period, creating its row when new. */
    void targetPeriode(JenisPeriode jenis, int nomor, BigDecimal nilai) {
        for (TargetPeriode t : targetPeriode) {
            if (t.getJenisPeriode() == jenis && t.getNomor() == nomor) {
                t.ubah(nilai);
                return;
            }
        }
        targetPeriode.add(new TargetPeriode(this, jenis, nomor, nilai));
    }

    KegiatanRenaksi tambahKegiatan(int triwulan, String nama, BigDecimal anggaran, String buktiDukung,
            boolean inisiatifStrategis, LocalDate mulai, LocalDate selesai) {
        KegiatanRenaksi k = new KegiatanRenaksi(this, triwulan, nama, anggaran, buktiDukung, inisiatifStrategis,
                mulai, selesai);
        kegiatan.add(k);
        return k;
    }

    void hapusKegiatan(KegiatanRenaksi k) {
        kegiatan.remove(k);
    }

    void pindahKe(SasaranStrategis ss) {
        this.ss = ss;
    }

    void kode(String kode) {
        if (!kode.equals(this.kode)) {
            this.kode = kode;
        }
    }

    public IkuParameters parameters() {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, getRiwayat());
    }

    public UraianIku getUraian() {
        return uraian;
    }

    public KlasifikasiIku getKlasifikasi() {
        return klasifikasi;
    }

    public KonsolidasiIku getKonsolidasi() {
        return konsolidasi;
    }

    public TargetIku getTargetIku() {
        return targetIku;
    }

    public RiwayatIku getRiwayat() {
        return riwayat == null ? RiwayatIku.KOSONG : riwayat;
    }

    @Override
    public Long unitIdUntukAudit() {
        return ss.getPk().getUnit().getId();
    }

    public SasaranStrategis getSs() {
        return ss;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return uraian.nama();
    }

    public Validity getValiditas() {
        return klasifikasi.validitas();
    }

    public Control getKendali() {
        return klasifikasi.kendali();
    }

    public QualityTier getKualitas() {
        return klasifikasi.kualitas();
    }

    public JenisCascading getJenisCascading() {
        return konsolidasi.jenisCascading();
    }

    public PeriodConsolidation getKonsolidasiPeriode() {
        return konsolidasi.konsolidasiPeriode();
    }

    public Polarization getPolarisasi() {
        return klasifikasi.polarisasi();
    }

    public JenisPeriode getPeriodePelaporan() {
        return konsolidasi.periodePelaporan();
    }

    public boolean isTargetMaksimum() {
        return targetIku.targetMaksimum();
    }

    public BigDecimal getTarget() {
        return targetIku.target();
    }

    public BigDecimal getTargetBawah() {
        return targetIku.targetBawah();
    }

    public BigDecimal getTargetAtas() {
        return targetIku.targetAtas();
    }

    public String getSatuan() {
        return uraian.satuan();
    }
}
