package id.kinerja.kalender.web;

import id.kinerja.kalender.HariLiburService.JenisLibur;
import id.kinerja.kalender.HariLiburService.LiburBaru;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A public holiday to add (the day, its name, national holiday or cuti bersama, the decree). */
public class HariLiburForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggal;
    private String nama;
    private JenisLibur jenis = JenisLibur.LIBUR_NASIONAL;
    private String sumber;

    LiburBaru toParameters() {
        return new LiburBaru(tanggal, nama, jenis, sumber);
    }

    static HariLiburForm baru(int tahun) {
        HariLiburForm f = new HariLiburForm();
        f.sumber = "SKB 3 Menteri " + tahun;
        return f;
    }

    public LocalDate getTanggal() {
        return tanggal;
    }

    public void setTanggal(LocalDate tanggal) {
        this.tanggal = tanggal;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public JenisLibur getJenis() {
        return jenis;
    }

    public void setJenis(JenisLibur jenis) {
        this.jenis = jenis;
    }

    public String getSumber() {
        return sumber;
    }

    public void setSumber(String sumber) {
        this.sumber = sumber;
    }
}
