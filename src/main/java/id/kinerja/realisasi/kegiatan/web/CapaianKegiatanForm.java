package id.kinerja.realisasi.kegiatan.web;

import id.kinerja.platform.web.Rupiah;
import java.math.BigDecimal;
import java.util.List;

/** One activity's progress in a quarter; the version carried from the page detects concurrent edits. */
public class CapaianKegiatanForm {
    private Long kegiatanId;
    private Long version;
    private boolean selesai;
    private BigDecimal progres;
    @Rupiah
    private BigDecimal realisasiAnggaran;
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

    public BigDecimal getProgres() {
        return progres;
    }

    public void setProgres(BigDecimal progres) {
        this.progres = progres;
    }

    public BigDecimal getRealisasiAnggaran() {
        return realisasiAnggaran;
    }

    public void setRealisasiAnggaran(BigDecimal realisasiAnggaran) {
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
