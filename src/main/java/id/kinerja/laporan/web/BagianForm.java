package id.kinerja.laporan.web;

/** One narrative section as posted from the editor (the version it was read at, empty if never saved). */
public class BagianForm {

    private String kunci;
    private String teks;
    private Long version;

    public String getKunci() {
        return kunci;
    }

    public void setKunci(String kunci) {
        this.kunci = kunci;
    }

    public String getTeks() {
        return teks;
    }

    public void setTeks(String teks) {
        this.teks = teks;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
