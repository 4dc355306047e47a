package id.kinerja.validasi.web;

/** A validator's corrected value (typed as on the entry page) with the reason for the correction. */
public class KoreksiForm {

    private String nilai;
    private String pembilang;
    private String penyebut;
    private String label;
    private boolean na;
    private String alasan;
    private String alasanKoreksi;
    private long version;

    public String getNilai() {
        return nilai;
    }

    public void setNilai(String nilai) {
        this.nilai = nilai;
    }

    public String getPembilang() {
        return pembilang;
    }

    public void setPembilang(String pembilang) {
        this.pembilang = pembilang;
    }

    public String getPenyebut() {
        return penyebut;
    }

    public void setPenyebut(String penyebut) {
        this.penyebut = penyebut;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isNa() {
        return na;
    }

    public void setNa(boolean na) {
        this.na = na;
    }

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String alasan) {
        this.alasan = alasan;
    }

    public String getAlasanKoreksi() {
        return alasanKoreksi;
    }

    public void setAlasanKoreksi(String alasanKoreksi) {
        this.alasanKoreksi = alasanKoreksi;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
