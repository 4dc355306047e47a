package id.kinerja.support;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.KlasifikasiIku;
import id.kinerja.perencanaan.KonsolidasiIku;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.RiwayatIku;
import id.kinerja.perencanaan.TargetIku;
import id.kinerja.perencanaan.UraianIku;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;

/**
 * Test data for an IKU, so a test names only what it is about:
 * {@code IkuMother.iku("Jumlah rekomendasi").target("100").build()} is a valid plain IKU (not
 * cascaded, quarterly, summed, maximise, quality tier OUTPUT, no validity/control); every other
 * field has a setter here, or use the {@code with…} copies of {@link IkuParameters}.
 */
public final class IkuMother {

    private int urutan = 1;
    private String nama;
    private String definisi = "Definisi";
    private String formula = "Formula";
    private String tujuan;
    private String satuan = "dokumen";
    private String penanggungJawab = "Penanggung jawab";
    private String penyediaData = "Penyedia data";
    private String sumberData = "Laporan";
    private Validity validitas;
    private Control kendali;
    private QualityTier kualitas = QualityTier.OUTPUT;
    private Polarization polarisasi = Polarization.MAXIMIZE;
    private JenisCascading jenisCascading = JenisCascading.N;
    private MetodeCascading metodeCascading;
    private PeriodConsolidation konsolidasiPeriode = PeriodConsolidation.SUM;
    private LocationConsolidation konsolidasiLokasi;
    private JenisPeriode periode = JenisPeriode.TRIWULAN;
    private boolean targetMaksimum;
    private BigDecimal target = new BigDecimal("100");
    private BigDecimal targetBawah;
    private BigDecimal targetAtas;
    private String labelPembilang;
    private String labelPenyebut;
    private RiwayatIku riwayat = RiwayatIku.KOSONG;

    private IkuMother(String nama) {
        this.nama = nama;
    }

    /** A plain valid IKU named {@code nama}, target 100; change what the test is about. */
    public static IkuMother iku(String nama) {
        return new IkuMother(nama);
    }

    /** Shortest form: a plain IKU with a point target. */
    public static IkuParameters iku(String nama, String target) {
        return iku(nama).target(target).build();
    }

    public IkuMother urutan(int urutan) {
        this.urutan = urutan;
        return this;
    }

    public IkuMother satuan(String satuan) {
        this.satuan = satuan;
        return this;
    }

    /** Definition, formula and purpose of the Manual IKU. */
    public IkuMother manual(String definisi, String formula, String tujuan) {
        this.definisi = definisi;
        this.formula = formula;
        this.tujuan = tujuan;
        return this;
    }

    /** Who answers for it, who provides the data, from which source. */
    public IkuMother sumber(String penanggungJawab, String penyediaData, String sumberData) {
        this.penanggungJawab = penanggungJawab;
        this.penyediaData = penyediaData;
        this.sumberData = sumberData;
        return this;
    }

    /** Validity × control (balanced-scorecard rulebooks). */
    public IkuMother bsc(Validity validitas, Control kendali) {
        this.validitas = validitas;
        this.kendali = kendali;
        return this;
    }

    /** Quality tier (null for rulebooks that do not use it). */
    public IkuMother kualitas(QualityTier kualitas) {
        this.kualitas = kualitas;
        return this;
    }

    public IkuMother polarisasi(Polarization polarisasi) {
        this.polarisasi = polarisasi;
        return this;
    }

    /** Stabilise within [bawah, atas], without a point target. */
    public IkuMother rentang(String bawah, String atas) {
        this.polarisasi = Polarization.STABILIZE;
        this.target = null;
        this.targetBawah = bawah == null ? null : new BigDecimal(bawah);
        this.targetAtas = atas == null ? null : new BigDecimal(atas);
        return this;
    }

    public IkuMother target(String target) {
        this.target = target == null ? null : new BigDecimal(target);
        return this;
    }

    public IkuMother target(BigDecimal target) {
        this.target = target;
        return this;
    }

    /** Konversi 120: the target is the maximum attainable. */
    public IkuMother targetMaksimum() {
        this.targetMaksimum = true;
        return this;
    }

    /** A ratio IKU: what its numerator and denominator count. */
    public IkuMother rasio(String labelPembilang, String labelPenyebut) {
        this.labelPembilang = labelPembilang;
        this.labelPenyebut = labelPenyebut;
        return this;
    }

    public IkuMother cascading(JenisCascading jenis, MetodeCascading metode, LocationConsolidation lokasi) {
        this.jenisCascading = jenis;
        this.metodeCascading = metode;
        this.konsolidasiLokasi = lokasi;
        return this;
    }

    public IkuMother cascading(JenisCascading jenis) {
        return cascading(jenis, null, null);
    }

    /** How the periods of the year combine. */
    public IkuMother konsolidasi(PeriodConsolidation konsolidasiPeriode) {
        this.konsolidasiPeriode = konsolidasiPeriode;
        return this;
    }

    public IkuMother periode(JenisPeriode periode) {
        this.periode = periode;
        return this;
    }

    /** Reported once a year. */
    public IkuMother tahunan() {
        return periode(JenisPeriode.TAHUN);
    }

    public IkuMother riwayat(RiwayatIku riwayat) {
        this.riwayat = riwayat;
        return this;
    }

    public IkuParameters build() {
        return new IkuParameters(urutan,
                new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData),
                new KlasifikasiIku(validitas, kendali, kualitas, polarisasi),
                new KonsolidasiIku(jenisCascading, metodeCascading, konsolidasiPeriode, konsolidasiLokasi, periode),
                new TargetIku(targetMaksimum, target, targetBawah, targetAtas, labelPembilang, labelPenyebut),
                riwayat);
    }
}
