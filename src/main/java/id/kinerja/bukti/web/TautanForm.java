package id.kinerja.bukti.web;

import java.io.Serializable;

/** A link to evidence kept elsewhere: its address and an optional title. */
public class TautanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String judul;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getJudul() {
        return judul;
    }

    public void setJudul(String judul) {
        this.judul = judul;
    }
}
