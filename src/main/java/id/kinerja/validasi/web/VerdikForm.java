package id.kinerja.validasi.web;

import id.kinerja.realisasi.StatusValidasi;

/** A verdict on one value: valid / tidak valid, a note (required for tidak valid), the value's version. */
public class VerdikForm {

    private StatusValidasi status;
    private String catatan;
    private long version;

    public StatusValidasi getStatus() {
        return status;
    }

    public void setStatus(StatusValidasi status) {
        this.status = status;
    }

    public String getCatatan() {
        return catatan;
    }

    public void setCatatan(String catatan) {
        this.catatan = catatan;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
