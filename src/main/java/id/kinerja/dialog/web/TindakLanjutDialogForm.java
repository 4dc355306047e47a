package id.kinerja.dialog.web;

import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;

/** A new follow-up (owner, due month) or the closing note of an open one. */
public class TindakLanjutDialogForm {
    private String uraian;
    private String penanggungJawab;
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth batas;
    private long version;
    private String catatan;

    public String getUraian() { return uraian; }
    public void setUraian(String uraian) { this.uraian = uraian; }
    public String getPenanggungJawab() { return penanggungJawab; }
    public void setPenanggungJawab(String penanggungJawab) { this.penanggungJawab = penanggungJawab; }
    public YearMonth getBatas() { return batas; }
    public void setBatas(YearMonth batas) { this.batas = batas; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCatatan() { return catatan; }
    public void setCatatan(String catatan) { this.catatan = catatan; }
}
