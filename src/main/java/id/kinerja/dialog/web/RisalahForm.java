package id.kinerja.dialog.web;

import id.kinerja.dialog.DialogKinerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/** The risalah of a Dialog Kinerja as entered (Kemenkes format). */
public class RisalahForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggal;
    private DialogKinerja.Tingkat tingkat = DialogKinerja.Tingkat.ORGANISASI;
    private DialogKinerja.Bentuk bentuk = DialogKinerja.Bentuk.KELOMPOK;
    private DialogKinerja.Sifat sifat = DialogKinerja.Sifat.BERKALA;
    private String tempat;
    private String pemimpinNama;
    private String pemimpinJabatan;
    private String pemimpinNip;
    private String peserta;
    private String agenda;
    private String progres;
    private String masalah;
    private String penyebab;
    private String strategi;
    private boolean penyesuaianTarget;
    private DialogKinerja.StatusSelesai statusSelesai = DialogKinerja.StatusSelesai.BELUM_SELESAI;
    private String keterangan;
    private List<Long> ikuAkarIds = new ArrayList<>();
    private long version;

    static RisalahForm dari(DialogKinerja.Risalah r, long version) {
        RisalahForm f = new RisalahForm();
        f.tanggal = r.tanggal();
        f.tingkat = r.tingkat();
        f.bentuk = r.bentuk();
        f.sifat = r.sifat();
        f.tempat = r.tempat();
        f.pemimpinNama = r.pemimpinNama();
        f.pemimpinJabatan = r.pemimpinJabatan();
        f.pemimpinNip = r.pemimpinNip();
        f.peserta = r.peserta();
        f.agenda = r.agenda();
        f.progres = r.progres();
        f.masalah = r.masalah();
        f.penyebab = r.penyebab();
        f.strategi = r.strategi();
        f.penyesuaianTarget = r.penyesuaianTarget();
        f.statusSelesai = r.statusSelesai();
        f.keterangan = r.keterangan();
        f.ikuAkarIds = new ArrayList<>(r.ikuAkarIds());
        f.version = version;
        return f;
    }

    DialogKinerja.Risalah risalah() {
        return new DialogKinerja.Risalah(tanggal, tingkat, bentuk, sifat, tempat, pemimpinNama, pemimpinJabatan,
                pemimpinNip, peserta, agenda, progres, masalah, penyebab, strategi, penyesuaianTarget, statusSelesai,
                keterangan, ikuAkarIds == null ? List.of()
                        : ikuAkarIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    public LocalDate getTanggal() { return tanggal; }
    public void setTanggal(LocalDate tanggal) { this.tanggal = tanggal; }
    public DialogKinerja.Tingkat getTingkat() { return tingkat; }
    public void setTingkat(DialogKinerja.Tingkat tingkat) { this.tingkat = tingkat; }
    public DialogKinerja.Bentuk getBentuk() { return bentuk; }
    public void setBentuk(DialogKinerja.Bentuk bentuk) { this.bentuk = bentuk; }
    public DialogKinerja.Sifat getSifat() { return sifat; }
    public void setSifat(DialogKinerja.Sifat sifat) { this.sifat = sifat; }
    public String getTempat() { return tempat; }
    public void setTempat(String tempat) { this.tempat = tempat; }
    public String getPemimpinNama() { return pemimpinNama; }
    public void setPemimpinNama(String pemimpinNama) { this.pemimpinNama = pemimpinNama; }
    public String getPemimpinJabatan() { return pemimpinJabatan; }
    public void setPemimpinJabatan(String pemimpinJabatan) { this.pemimpinJabatan = pemimpinJabatan; }
    public String getPemimpinNip() { return pemimpinNip; }
    public void setPemimpinNip(String pemimpinNip) { this.pemimpinNip = pemimpinNip; }
    public String getPeserta() { return peserta; }
    public void setPeserta(String peserta) { this.peserta = peserta; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getProgres() { return progres; }
    public void setProgres(String progres) { this.progres = progres; }
    public String getMasalah() { return masalah; }
    public void setMasalah(String masalah) { this.masalah = masalah; }
    public String getPenyebab() { return penyebab; }
    public void setPenyebab(String penyebab) { this.penyebab = penyebab; }
    public String getStrategi() { return strategi; }
    public void setStrategi(String strategi) { this.strategi = strategi; }
    public boolean isPenyesuaianTarget() { return penyesuaianTarget; }
    public void setPenyesuaianTarget(boolean penyesuaianTarget) { this.penyesuaianTarget = penyesuaianTarget; }
    public DialogKinerja.StatusSelesai getStatusSelesai() { return statusSelesai; }
    public void setStatusSelesai(DialogKinerja.StatusSelesai statusSelesai) { this.statusSelesai = statusSelesai; }
    public String getKeterangan() { return keterangan; }
    public void setKeterangan(String keterangan) { this.keterangan = keterangan; }
    public List<Long> getIkuAkarIds() { return ikuAkarIds; }
    public void setIkuAkarIds(List<Long> ikuAkarIds) { this.ikuAkarIds = ikuAkarIds; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
