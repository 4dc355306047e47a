package id.kinerja.validasi.web;

/** Locking the quarter: where the berita acara is signed. */
public class KunciForm {

    private String tempat;

    public String getTempat() {
        return tempat;
    }

    public void setTempat(String tempat) {
        this.tempat = tempat;
    }
}
