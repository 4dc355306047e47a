package id.kinerja.realisasi.analisis.web;

import java.util.List;

/** The analysis of one IKU in a quarter, with the version it was read at. */
public class AnalisisForm {
    private Long version;
    private String isuPositif;
    private String isuNegatif;
    private String implikasi;
    private String akarMasalah;
    private String kendala;
    private String narasi;

    static final List<String> FIELDS = List.of("isuPositif", "isuNegatif", "implikasi", "akarMasalah", "kendala",
            "narasi");

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getIsuPositif() {
        return isuPositif;
    }

    public void setIsuPositif(String isuPositif) {
        this.isuPositif = isuPositif;
    }

    public String getIsuNegatif() {
        return isuNegatif;
    }

    public void setIsuNegatif(String isuNegatif) {
        this.isuNegatif = isuNegatif;
    }

    public String getImplikasi() {
        return implikasi;
    }

    public void setImplikasi(String implikasi) {
        this.implikasi = implikasi;
    }

    public String getAkarMasalah() {
        return akarMasalah;
    }

    public void setAkarMasalah(String akarMasalah) {
        this.akarMasalah = akarMasalah;
    }

    public String getKendala() {
        return kendala;
    }

    public void setKendala(String kendala) {
        this.kendala = kendala;
    }

    public String getNarasi() {
        return narasi;
    }

    public void setNarasi(String narasi) {
        this.narasi = narasi;
    }
}
