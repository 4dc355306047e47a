package id.kinerja.validasi.web;

import id.kinerja.realisasi.IsianNilai;

/** A validator's corrected value (typed as on the entry page) with the reason for the correction. */
public class KoreksiForm extends IsianNilai {

    private String alasanKoreksi;
    private long version;

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
