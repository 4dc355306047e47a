package id.kinerja.pengguna.web;

import id.kinerja.akses.Peran;
import id.kinerja.pengguna.Nip;
import id.kinerja.pengguna.PenggunaParameters;
import id.kinerja.pengguna.PenggunaView;
import id.kinerja.pengguna.ValidNip;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class PenggunaForm {

    @NotBlank(message = "{pengguna.username.wajib}")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{pengguna.username.format}")
    private String username;

    @ValidNip
    private String nip;

    @NotBlank(message = "{pengguna.nama.wajib}")
    @Size(max = 200, message = "{pengguna.nama.panjang}")
    private String nama;

    @Size(max = 200, message = "{pengguna.jabatan.panjang}")
    private String jabatan;

    @Size(max = 100, message = "{pengguna.pangkat.panjang}")
    private String pangkatGolongan;

    @Email(message = "{pengguna.email.format}")
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String email;

    @Size(max = 200, message = "{teks.panjangMaks}")
    private String password;

    private boolean aktif = true;

    private boolean superAdmin;

    private Long unitId;

    private Peran peran = Peran.PERENCANA;

    private long version;

    public static PenggunaForm from(PenggunaView v) {
        PenggunaForm f = new PenggunaForm();
        f.username = v.username();
        f.nip = v.nip();
        f.nama = v.nama();
        f.jabatan = v.jabatan();
        f.pangkatGolongan = v.pangkatGolongan();
        f.email = v.email();
        f.aktif = v.aktif();
        f.superAdmin = v.superAdmin();
        f.version = v.version();
        f.peran = null;
        return f;
    }

    public PenggunaParameters toParameters() {
        return new PenggunaParameters(username == null ? null : username.trim(), nip, nama == null ? null : nama.trim(),
                jabatan, pangkatGolongan, email, password, aktif, superAdmin, unitId, peran);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = Nip.bersihkan(nip);
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getJabatan() {
        return jabatan;
    }

    public void setJabatan(String jabatan) {
        this.jabatan = jabatan;
    }

    public String getPangkatGolongan() {
        return pangkatGolongan;
    }

    public void setPangkatGolongan(String pangkatGolongan) {
        this.pangkatGolongan = pangkatGolongan;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAktif() {
        return aktif;
    }

    public void setAktif(boolean aktif) {
        this.aktif = aktif;
    }

    public boolean isSuperAdmin() {
        return superAdmin;
    }

    public void setSuperAdmin(boolean superAdmin) {
        this.superAdmin = superAdmin;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Peran getPeran() {
        return peran;
    }

    public void setPeran(Peran peran) {
        this.peran = peran;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
