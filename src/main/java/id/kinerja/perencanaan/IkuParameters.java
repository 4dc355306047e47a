package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything a planner enters for one IKU (the Manual IKU, Kemenlu Gambar 3.20, plus Marves'
 * quality tier and raw-data labels), as the value objects the {@link Iku} stores: its words, its
 * scoring classification, how it cascades and consolidates, its target, and its history. The flat
 * accessors ({@link #nama()}, {@link #target()}…) read through for templates and views.
 */
public record IkuParameters(int urutan, UraianIku uraian, KlasifikasiIku klasifikasi, KonsolidasiIku konsolidasi,
        TargetIku targetIku, RiwayatIku riwayat) {

    public IkuParameters {
        Objects.requireNonNull(uraian, "uraian");
        Objects.requireNonNull(klasifikasi, "klasifikasi");
        Objects.requireNonNull(konsolidasi, "konsolidasi");
        Objects.requireNonNull(targetIku, "targetIku");
        riwayat = riwayat == null ? RiwayatIku.KOSONG : riwayat;
    }

    public IkuParameters withUrutan(int urutan) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    public IkuParameters withUraian(UraianIku uraian) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    public IkuParameters withKlasifikasi(KlasifikasiIku klasifikasi) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    public IkuParameters withKonsolidasi(KonsolidasiIku konsolidasi) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    public IkuParameters withTargetIku(TargetIku targetIku) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    public IkuParameters withRiwayat(RiwayatIku riwayat) {
        return new IkuParameters(urutan, uraian, klasifikasi, konsolidasi, targetIku, riwayat);
    }

    /** The same IKU with another name. */
    public IkuParameters withNama(String nama) {
        return withUraian(uraian.withNama(nama));
    }

    /** The same IKU with another point target (range, labels and konversi-120 flag kept). */
    public IkuParameters withTarget(BigDecimal target) {
        return withTargetIku(targetIku.withTarget(target));
    }

    // read-through accessors (templates print ${i.manual.nama}; views map them one by one)

    public String nama() {
        return uraian.nama();
    }

    public String definisi() {
        return uraian.definisi();
    }

    public String formula() {
        return uraian.formula();
    }

    public String tujuan() {
        return uraian.tujuan();
    }

    public String satuan() {
        return uraian.satuan();
    }

    public String penanggungJawab() {
        return uraian.penanggungJawab();
    }

    public String penyediaData() {
        return uraian.penyediaData();
    }

    public String sumberData() {
        return uraian.sumberData();
    }

    public Validity validitas() {
        return klasifikasi.validitas();
    }

    public Control kendali() {
        return klasifikasi.kendali();
    }

    public QualityTier kualitas() {
        return klasifikasi.kualitas();
    }

    public Polarization polarisasi() {
        return klasifikasi.polarisasi();
    }

    public JenisCascading jenisCascading() {
        return konsolidasi.jenisCascading();
    }

    public MetodeCascading metodeCascading() {
        return konsolidasi.metodeCascading();
    }

    public PeriodConsolidation konsolidasiPeriode() {
        return konsolidasi.konsolidasiPeriode();
    }

    public LocationConsolidation konsolidasiLokasi() {
        return konsolidasi.konsolidasiLokasi();
    }

    public JenisPeriode periodePelaporan() {
        return konsolidasi.periodePelaporan();
    }

    public boolean targetMaksimum() {
        return targetIku.targetMaksimum();
    }

    public BigDecimal target() {
        return targetIku.target();
    }

    public BigDecimal targetBawah() {
        return targetIku.targetBawah();
    }

    public BigDecimal targetAtas() {
        return targetIku.targetAtas();
    }

    public String labelPembilang() {
        return targetIku.labelPembilang();
    }

    public String labelPenyebut() {
        return targetIku.labelPenyebut();
    }

    public BigDecimal dataY2Target() {
        return riwayat.dataY2Target();
    }

    public BigDecimal dataY2Realisasi() {
        return riwayat.dataY2Realisasi();
    }

    public BigDecimal dataY1Target() {
        return riwayat.dataY1Target();
    }

    public BigDecimal dataY1Realisasi() {
        return riwayat.dataY1Realisasi();
    }
}
