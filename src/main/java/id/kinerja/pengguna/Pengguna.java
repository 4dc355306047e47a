package id.kinerja.pengguna;

import id.kinerja.platform.jpa.AuditIgnore;
import id.kinerja.platform.jpa.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A civil servant (or IT admin) who signs in. */
@Entity
@Table(name = "pengguna")
public class Pengguna extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(unique = true)
    private String nip;

    @Column(nullable = false)
    private String nama;

    private String jabatan;

    @Column(name = "pangkat_golongan")
    private String pangkatGolongan;

    private String email;

    @AuditIgnore
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean aktif = true;

    @Column(name = "super_admin", nullable = false)
    private boolean superAdmin;

    @AuditIgnore
    @Column(name = "gagal_login", nullable = false)
    private int gagalLogin;

    @AuditIgnore
    @Column(name = "terkunci_sampai")
    private Instant terkunciSampai;

    @AuditIgnore
    @Column(name = "login_terakhir")
    private Instant loginTerakhir;

    /** Set when somebody else chose the password; the owner must replace it before anything else. */
    @Column(name = "wajib_ganti_password", nullable = false)
    private boolean wajibGantiPassword;

    protected Pengguna() {
    }

    public Pengguna(String username, String nip, String nama, String jabatan, String pangkatGolongan, String email,
            String passwordHash, boolean superAdmin) {
        this.username = username;
        this.nip = nip;
        this.nama = nama;
        this.jabatan = jabatan;
        this.pangkatGolongan = pangkatGolongan;
        this.email = email;
        this.passwordHash = passwordHash;
        this.superAdmin = superAdmin;
    }

    void ubahProfil(String nip, String nama, String jabatan, String pangkatGolongan, String email, boolean aktif,
            boolean superAdmin) {
        this.nip = nip;
        this.nama = nama;
        this.jabatan = jabatan;
        this.pangkatGolongan = pangkatGolongan;
        this.email = email;
        this.aktif = aktif;
        this.superAdmin = superAdmin;
    }

    /** A password set by somebody else (admin set/reset): its owner must change it at next sign-in. */
    void gantiPassword(String passwordHash) {
        setelPassword(passwordHash);
        this.wajibGantiPassword = true;
    }

    /** The owner chose this password themself: nobody else knows it, nothing more to change. */
    void gantiPasswordSendiri(String passwordHash) {
        setelPassword(passwordHash);
        this.wajibGantiPassword = false;
    }

    /** An account created by an admin with a password the admin chose. */
    void wajibkanGantiPassword() {
        this.wajibGantiPassword = true;
    }

    private void setelPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.gagalLogin = 0;
        this.terkunciSampai = null;
    }

    public boolean isWajibGantiPassword() {
        return wajibGantiPassword;
    }

    public boolean terkunciPada(Instant now) {
        return terkunciSampai != null && terkunciSampai.isAfter(now);
    }

    public String getUsername() {
        return username;
    }

    public String getNip() {
        return nip;
    }

    public String getNama() {
        return nama;
    }

    public String getJabatan() {
        return jabatan;
    }

    public String getPangkatGolongan() {
        return pangkatGolongan;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAktif() {
        return aktif;
    }

    public boolean isSuperAdmin() {
        return superAdmin;
    }

    public Instant getLoginTerakhir() {
        return loginTerakhir;
    }
}
