package id.kinerja.realisasi.analisis.web;

import java.util.List;

/** A new follow-up, or the closing note of an open one (with its version). */
public class TindakLanjutForm {
    private String rekomendasi;
    private String penanggungJawab;
    private Integer targetTriwulan;
    private Long version;
    private String catatan;

    static final List<String> FIELDS = List.of("rekomendasi", "penanggungJawab", "targetTriwulan", "catatan");

    public String getRekomendasi() {
        return rekomendasi;
    }

    public void setRekomendasi(String rekomendasi) {
        this.rekomendasi = rekomendasi;
    }

    public String getPenanggungJawab() {
        return penanggungJawab;
    }

    public void setPenanggungJawab(String penanggungJawab) {
        this.penanggungJawab = penanggungJawab;
    }

    public Integer getTargetTriwulan() {
        return targetTriwulan;
    }

    public void setTargetTriwulan(Integer targetTriwulan) {
        this.targetTriwulan = targetTriwulan;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCatatan() {
        return catatan;
    }

    public void setCatatan(String catatan) {
        this.catatan = catatan;
    }
}
