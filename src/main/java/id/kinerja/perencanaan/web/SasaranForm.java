package id.kinerja.perencanaan.web;

import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Perspective;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class SasaranForm {

    @NotBlank(message = "{pk.ss.nama.wajib}")
    @Size(max = 500, message = "{pk.ss.nama.panjang}")
    private String nama;

    @Size(max = 4000, message = "{teks.panjangMaks}")
    private String deskripsi;

    @NotNull(message = "{pk.ss.perspektif.wajib}")
    private Perspective perspektif;

    @Min(value = 1, message = "{pk.ss.posisi.rentang}")
    @Max(value = 99, message = "{pk.ss.posisi.rentang}")
    private int posisi = 1;

    static SasaranForm from(PerencanaanService.SsView ss) {
        SasaranForm f = new SasaranForm();
        f.nama = ss.nama();
        f.deskripsi = ss.deskripsi();
        f.perspektif = ss.perspektif();
        f.posisi = ss.posisi();
        return f;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getDeskripsi() {
        return deskripsi;
    }

    public void setDeskripsi(String deskripsi) {
        this.deskripsi = deskripsi;
    }

    public Perspective getPerspektif() {
        return perspektif;
    }

    public void setPerspektif(Perspective perspektif) {
        this.perspektif = perspektif;
    }

    public int getPosisi() {
        return posisi;
    }

    public void setPosisi(int posisi) {
        this.posisi = posisi;
    }
}
