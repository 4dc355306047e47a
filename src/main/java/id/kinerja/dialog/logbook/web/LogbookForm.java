package id.kinerja.dialog.logbook.web;

import id.kinerja.dialog.logbook.LogbookHarian;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A logbook entry, or the superior's answer to one (with its version). */
public class LogbookForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggal;
    private Long kegiatanId;
    private String rincian;
    private String tautan;
    private LogbookHarian.Kategori kategori = LogbookHarian.Kategori.BIASA;
    private long version;
    private String jawaban;

    public LocalDate getTanggal() { return tanggal; }
    public void setTanggal(LocalDate tanggal) { this.tanggal = tanggal; }
    public Long getKegiatanId() { return kegiatanId; }
    public void setKegiatanId(Long kegiatanId) { this.kegiatanId = kegiatanId; }
    public String getRincian() { return rincian; }
    public void setRincian(String rincian) { this.rincian = rincian; }
    public String getTautan() { return tautan; }
    public void setTautan(String tautan) { this.tautan = tautan; }
    public LogbookHarian.Kategori getKategori() { return kategori; }
    public void setKategori(LogbookHarian.Kategori kategori) { this.kategori = kategori; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getJawaban() { return jawaban; }
    public void setJawaban(String jawaban) { this.jawaban = jawaban; }
}
