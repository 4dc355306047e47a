package id.kinerja.perencanaan.web;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The Manual IKU form: every field of Kemenlu Gambar 3.20 plus quality tier and raw-data labels. */
public class IkuForm {
    @Min(value = 1, message = "{pk.iku.urutan.rentang}")
    private int urutan = 1;
    @NotBlank(message = "{pk.iku.nama.wajib}")
    @Size(max = 500, message = "{pk.iku.nama.panjang}")
    private String nama;
    @NotBlank(message = "{pk.iku.definisi.wajib}")
    @Size(max = 4000, message = "{teks.panjangMaks}")
    private String definisi;
    @NotBlank(message = "{pk.iku.formula.wajib}")
    @Size(max = 4000, message = "{teks.panjangMaks}")
    private String formula;
    @Size(max = 4000, message = "{teks.panjangMaks}")
    private String tujuan;
    @NotBlank(message = "{pk.iku.satuan.wajib}")
    @Size(max = 60, message = "{pk.iku.satuan.panjang}")
    private String satuan;
    private Validity validitas;
    private Control kendali;
    private QualityTier kualitas;
    @Size(max = 300, message = "{teks.panjangMaks}")
    private String penanggungJawab;
    @Size(max = 300, message = "{teks.panjangMaks}")
    private String penyediaData;
    @Size(max = 500, message = "{teks.panjangMaks}")
    private String sumberData;
    @NotNull(message = "{pk.iku.jenisCascading.wajib}")
    private JenisCascading jenisCascading = JenisCascading.N;
    private MetodeCascading metodeCascading;
    @NotNull(message = "{pk.iku.konsolidasiPeriode.wajib}")
    private PeriodConsolidation konsolidasiPeriode = PeriodConsolidation.SUM;
    private LocationConsolidation konsolidasiLokasi;
    @NotNull(message = "{pk.iku.polarisasi.wajib}")
    private Polarization polarisasi = Polarization.MAXIMIZE;
    @NotNull(message = "{pk.iku.periodePelaporan.wajib}")
    private JenisPeriode periodePelaporan = JenisPeriode.TRIWULAN;
    private boolean targetMaksimum;
    private BigDecimal target;
    private BigDecimal targetBawah;
    private BigDecimal targetAtas;
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String labelPembilang;
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String labelPenyebut;
    private BigDecimal dataY2Target;
    private BigDecimal dataY2Realisasi;
    private BigDecimal dataY1Target;
    private BigDecimal dataY1Realisasi;
    @NotNull(message = "{pk.iku.ss.wajib}")
    private Long ssId;
    static IkuForm from(IkuParameters p, Long ssId) {
        IkuForm f = new IkuForm();
        f.urutan = p.urutan();
        f.nama = p.nama();
        f.definisi = p.definisi();
        f.formula = p.formula();
        f.tujuan = p.tujuan();
        f.satuan = p.satuan();
        f.validitas = p.validitas();
        f.kendali = p.kendali();
        f.kualitas = p.kualitas();
        f.penanggungJawab = p.penanggungJawab();
        f.penyediaData = p.penyediaData();
        f.sumberData = p.sumberData();
        f.jenisCascading = p.jenisCascading();
        f.metodeCascading = p.metodeCascading();
        f.konsolidasiPeriode = p.konsolidasiPeriode();
        f.konsolidasiLokasi = p.konsolidasiLokasi();
        f.polarisasi = p.polarisasi();
        f.periodePelaporan = p.periodePelaporan();
        f.targetMaksimum = p.targetMaksimum();
        f.target = p.target();
        f.targetBawah = p.targetBawah();
        f.targetAtas = p.targetAtas();
        f.labelPembilang = p.labelPembilang();
        f.labelPenyebut = p.labelPenyebut();
        f.dataY2Target = p.dataY2Target();
        f.dataY2Realisasi = p.dataY2Realisasi();
        f.dataY1Target = p.dataY1Target();
        f.dataY1Realisasi = p.dataY1Realisasi();
        f.ssId = ssId;
        return f;
    }

    IkuParameters toParameters() {
        return new IkuParameters(urutan,
                new UraianIku(blank(nama), blank(definisi), blank(formula), blank(tujuan), blank(satuan),
                        blank(penanggungJawab), blank(penyediaData), blank(sumberData)),
                new KlasifikasiIku(validitas, kendali, kualitas, polarisasi),
                new KonsolidasiIku(jenisCascading, metodeCascading, konsolidasiPeriode, konsolidasiLokasi,
                        periodePelaporan),
                new TargetIku(targetMaksimum, target, targetBawah, targetAtas, blank(labelPembilang),
                        blank(labelPenyebut)),
                new RiwayatIku(dataY2Target, dataY2Realisasi, dataY1Target, dataY1Realisasi));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public int getUrutan() {
        return urutan;
    }

    public void setUrutan(int urutan) {
        this.urutan = urutan;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getDefinisi() {
        return definisi;
    }

    public void setDefinisi(String definisi) {
        this.definisi = definisi;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getTujuan() {
        return tujuan;
    }

    public void setTujuan(String tujuan) {
        this.tujuan = tujuan;
    }

    public String getSatuan() {
        return satuan;
    }

    public void setSatuan(String satuan) {
        this.satuan = satuan;
    }

    public Validity getValiditas() {
        return validitas;
    }

    public void setValiditas(Validity validitas) {
        this.validitas = validitas;
    }

    public Control getKendali() {
        return kendali;
    }

    public void setKendali(Control kendali) {
        this.kendali = kendali;
    }

    public QualityTier getKualitas() {
        return kualitas;
    }

    public void setKualitas(QualityTier kualitas) {
        this.kualitas = kualitas;
    }

    public String getPenanggungJawab() {
        return penanggungJawab;
    }

    public void setPenanggungJawab(String penanggungJawab) {
        this.penanggungJawab = penanggungJawab;
    }

    public String getPenyediaData() {
        return penyediaData;
    }

    public void setPenyediaData(String penyediaData) {
        this.penyediaData = penyediaData;
    }

    public String getSumberData() {
        return sumberData;
    }

    public void setSumberData(String sumberData) {
        this.sumberData = sumberData;
    }

    public JenisCascading getJenisCascading() {
        return jenisCascading;
    }

    public void setJenisCascading(JenisCascading jenisCascading) {
        this.jenisCascading = jenisCascading;
    }

    public MetodeCascading getMetodeCascading() {
        return metodeCascading;
    }

    public void setMetodeCascading(MetodeCascading metodeCascading) {
        this.metodeCascading = metodeCascading;
    }

    public PeriodConsolidation getKonsolidasiPeriode() {
        return konsolidasiPeriode;
    }

    public void setKonsolidasiPeriode(PeriodConsolidation konsolidasiPeriode) {
        this.konsolidasiPeriode = konsolidasiPeriode;
    }

    public LocationConsolidation getKonsolidasiLokasi() {
        return konsolidasiLokasi;
    }

    public void setKonsolidasiLokasi(LocationConsolidation konsolidasiLokasi) {
        this.konsolidasiLokasi = konsolidasiLokasi;
    }

    public Polarization getPolarisasi() {
        return polarisasi;
    }

    public void setPolarisasi(Polarization polarisasi) {
        this.polarisasi = polarisasi;
    }

    public JenisPeriode getPeriodePelaporan() {
        return periodePelaporan;
    }

    public void setPeriodePelaporan(JenisPeriode periodePelaporan) {
        this.periodePelaporan = periodePelaporan;
    }

    public boolean isTargetMaksimum() {
        return targetMaksimum;
    }

    public void setTargetMaksimum(boolean targetMaksimum) {
        this.targetMaksimum = targetMaksimum;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getTargetBawah() {
        return targetBawah;
    }

    public void setTargetBawah(BigDecimal targetBawah) {
        this.targetBawah = targetBawah;
    }

    public BigDecimal getTargetAtas() {
        return targetAtas;
    }

    public void setTargetAtas(BigDecimal targetAtas) {
        this.targetAtas = targetAtas;
    }

    public String getLabelPembilang() {
        return labelPembilang;
    }

    public void setLabelPembilang(String labelPembilang) {
        this.labelPembilang = labelPembilang;
    }

    public String getLabelPenyebut() {
        return labelPenyebut;
    }

    public void setLabelPenyebut(String labelPenyebut) {
        this.labelPenyebut = labelPenyebut;
    }

    public BigDecimal getDataY2Target() {
        return dataY2Target;
    }

    public void setDataY2Target(BigDecimal dataY2Target) {
        this.dataY2Target = dataY2Target;
    }

    public BigDecimal getDataY2Realisasi() {
        return dataY2Realisasi;
    }

    public void setDataY2Realisasi(BigDecimal dataY2Realisasi) {
        this.dataY2Realisasi = dataY2Realisasi;
    }

    public BigDecimal getDataY1Target() {
        return dataY1Target;
    }

    public void setDataY1Target(BigDecimal dataY1Target) {
        this.dataY1Target = dataY1Target;
    }

    public BigDecimal getDataY1Realisasi() {
        return dataY1Realisasi;
    }

    public void setDataY1Realisasi(BigDecimal dataY1Realisasi) {
        this.dataY1Realisasi = dataY1Realisasi;
    }

    public Long getSsId() {
        return ssId;
    }

    public void setSsId(Long ssId) {
        this.ssId = ssId;
    }
}
