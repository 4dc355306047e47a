package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
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

    @Column(nullable = false)
    private String nama;

    private String definisi;
    private String formula;
    private String tujuan;

    @Column(nullable = false)
    private String satuan;

    @Enumerated(EnumType.STRING)
    private Validity validitas;

    @Enumerated(EnumType.STRING)
    private Control kendali;

    @Enumerated(EnumType.STRING)
    private QualityTier kualitas;

    @Column(name = "penanggung_jawab")
    private String penanggungJawab;

    @Column(name = "penyedia_data")
    private String penyediaData;

    @Column(name = "sumber_data")
    private String sumberData;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_cascading", nullable = false)
    private JenisCascading jenisCascading;

    @Enumerated(EnumType.STRING)
    @Column(name = "metode_cascading")
    private MetodeCascading metodeCascading;

    @Enumerated(EnumType.STRING)
    @Column(name = "konsolidasi_periode", nullable = false)
    private PeriodConsolidation konsolidasiPeriode;

    @Enumerated(EnumType.STRING)
    @Column(name = "konsolidasi_lokasi")
    private LocationConsolidation konsolidasiLokasi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Polarization polarisasi;

    @Enumerated(EnumType.STRING)
    @Column(name = "periode_pelaporan", nullable = false)
    private JenisPeriode periodePelaporan;

    @Column(name = "target_maksimum", nullable = false)
    private boolean targetMaksimum;

    private BigDecimal target;

    @Column(name = "target_bawah")
    private BigDecimal targetBawah;

    @Column(name = "target_atas")
    private BigDecimal targetAtas;

    @Column(name = "label_pembilang")
    private String labelPembilang;

    @Column(name = "label_penyebut")
    private String labelPenyebut;

    @Column(name = "data_y2_target")
    private BigDecimal dataY2Target;

    @Column(name = "data_y2_realisasi")
    private BigDecimal dataY2Realisasi;

    @Column(name = "data_y1_target")
    private BigDecimal dataY1Target;

    @Column(name = "data_y1_realisasi")
    private BigDecimal dataY1Realisasi;

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
        nama = p.nama();
        definisi = p.definisi();
        formula = p.formula();
        tujuan = p.tujuan();
        satuan = p.satuan();
        validitas = p.validitas();
        kendali = p.kendali();
        kualitas = p.kualitas();
        penanggungJawab = p.penanggungJawab();
        penyediaData = p.penyediaData();
        sumberData = p.sumberData();
        jenisCascading = p.jenisCascading();
        metodeCascading = p.jenisCascading() == JenisCascading.N ? null : p.metodeCascading();
        konsolidasiPeriode = p.konsolidasiPeriode();
        konsolidasiLokasi = p.metodeCascading() == MetodeCascading.INDIRECT ? p.konsolidasiLokasi() : null;
        polarisasi = p.polarisasi();
        periodePelaporan = p.periodePelaporan();
        targetMaksimum = p.targetMaksimum();
        target = p.target();
        targetBawah = p.targetBawah();
        targetAtas = p.targetAtas();
        labelPembilang = p.labelPembilang();
        labelPenyebut = p.labelPenyebut();
        dataY2Target = p.dataY2Target();
        dataY2Realisasi = p.dataY2Realisasi();
        dataY1Target = p.dataY1Target();
        dataY1Realisasi = p.dataY1Realisasi();
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
        return new IkuParameters(urutan, nama, definisi, formula, tujuan, satuan, validitas, kendali, kualitas,
                penanggungJawab, penyediaData, sumberData, jenisCascading, metodeCascading, konsolidasiPeriode,
                konsolidasiLokasi, polarisasi, periodePelaporan, targetMaksimum, target, targetBawah, targetAtas,
                labelPembilang, labelPenyebut, dataY2Target, dataY2Realisasi, dataY1Target, dataY1Realisasi);
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
        return nama;
    }

    public Validity getValiditas() {
        return validitas;
    }

    public Control getKendali() {
        return kendali;
    }

    public QualityTier getKualitas() {
        return kualitas;
    }

    public JenisCascading getJenisCascading() {
        return jenisCascading;
    }

    public PeriodConsolidation getKonsolidasiPeriode() {
        return konsolidasiPeriode;
    }

    public Polarization getPolarisasi() {
        return polarisasi;
    }

    public JenisPeriode getPeriodePelaporan() {
        return periodePelaporan;
    }

    public boolean isTargetMaksimum() {
        return targetMaksimum;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getTargetBawah() {
        return targetBawah;
    }

    public BigDecimal getTargetAtas() {
        return targetAtas;
    }

    public String getSatuan() {
        return satuan;
    }
}
