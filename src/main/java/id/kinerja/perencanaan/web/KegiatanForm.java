package id.kinerja.perencanaan.web;

import id.kinerja.platform.web.Rupiah;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One Rencana Aksi activity of an IKU; the amount is read as Rupiah (Rp 75.000.000). */
public class KegiatanForm {
    private Long ikuId;
    private int triwulan = 1;
    private String nama;
    @Rupiah
    private BigDecimal anggaran;
    private String buktiDukung;
    private boolean inisiatifStrategis;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mulai;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate selesai;

    static final List<String> FIELDS = List.of("triwulan", "nama", "anggaran", "buktiDukung",
            "inisiatifStrategis", "mulai", "selesai");

    public Long getIkuId() {
        return ikuId;
    }

    public void setIkuId(Long ikuId) {
        this.ikuId = ikuId;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public void setTriwulan(int triwulan) {
        this.triwulan = triwulan;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public BigDecimal getAnggaran() {
        return anggaran;
    }

    public void setAnggaran(BigDecimal anggaran) {
        this.anggaran = anggaran;
    }

    public String getBuktiDukung() {
        return buktiDukung;
    }

    public void setBuktiDukung(String buktiDukung) {
        this.buktiDukung = buktiDukung;
    }

    public boolean isInisiatifStrategis() {
        return inisiatifStrategis;
    }

    public void setInisiatifStrategis(boolean inisiatifStrategis) {
        this.inisiatifStrategis = inisiatifStrategis;
    }

    public LocalDate getMulai() {
        return mulai;
    }

    public void setMulai(LocalDate mulai) {
        this.mulai = mulai;
    }

    public LocalDate getSelesai() {
        return selesai;
    }

    public void setSelesai(LocalDate selesai) {
        this.selesai = selesai;
    }
}
