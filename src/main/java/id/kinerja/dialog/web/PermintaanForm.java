package id.kinerja.dialog.web;

import id.kinerja.dialog.PermintaanPerubahan;
import java.math.BigDecimal;

/** A plan-change request filed from a dialog, or the decider's answer (with the version). */
public class PermintaanForm {
    private PermintaanPerubahan.Jenis jenis = PermintaanPerubahan.Jenis.TARGET;
    private Long ikuId;
    private BigDecimal targetBaru;
    private String uraian;
    private String alasan;
    private long version;
    private String jawaban;

    public PermintaanPerubahan.Jenis getJenis() { return jenis; }
    public void setJenis(PermintaanPerubahan.Jenis jenis) { this.jenis = jenis; }
    public Long getIkuId() { return ikuId; }
    public void setIkuId(Long ikuId) { this.ikuId = ikuId; }
    public BigDecimal getTargetBaru() { return targetBaru; }
    public void setTargetBaru(BigDecimal targetBaru) { this.targetBaru = targetBaru; }
    public String getUraian() { return uraian; }
    public void setUraian(String uraian) { this.uraian = uraian; }
    public String getAlasan() { return alasan; }
    public void setAlasan(String alasan) { this.alasan = alasan; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getJawaban() { return jawaban; }
    public void setJawaban(String jawaban) { this.jawaban = jawaban; }
}
