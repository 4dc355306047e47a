package id.kinerja.realisasi.kegiatan.web;

import java.util.List;

/** One activity's progress in a quarter; the version carried from the page detects concurrent edits. */
public class CapaianKegiatanForm {
    private Long kegiatanId;
    private Long version;
    private boolean selesai;
    // numbers as typed, read by AngkaIndonesia in the controller: a BigDecimal field would fall
    // back to Spring's default number editor when the formatter refuses ("1.5" bound as 1.5)
    private String progres;
    private String realisasiAnggaran;
    private String keluaran;
    private String kendala;

    static final List<String> FIELDS = List.of("selesai", "progres", "realisasiAnggaran", "keluaran", "kendala");

    public Long getKegiatanId() {
        return kegiatanId;
    }

    public void setKegiatanId(Long kegiatanId) {
        this.kegiatanId = kegiatanId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isSelesai() {
        return selesai;
    }

    public void setSelesai(boolean selesai) {
        this.selesai = selesai;
    }

    public String getProgres() {
        return progres;
    }

    public void setProgres(String progres) {
        this.progres = progres;
    }

    public String getRealisasiAnggaran() {
        return realisasiAnggaran;
    }

    public void setRealisasiAnggaran(String realisasiAnggaran) {
        this.realisasiAnggaran = realisasiAnggaran;
    }

    public String getKeluaran() {
        return keluaran;
    }

    public void setKeluaran(String keluaran) {
        this.keluaran = keluaran;
    }

    public String getKendala() {
        return kendala;
    }

    public void setKendala(String kendala) {
        this.kendala = kendala;
    }
}
