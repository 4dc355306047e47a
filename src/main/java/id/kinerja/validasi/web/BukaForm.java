package id.kinerja.validasi.web;

/** Re-opening a locked quarter: the reason, kept on the page when it is refused. */
public class BukaForm {

    private String alasan;

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String alasan) {
        this.alasan = alasan;
    }
}
