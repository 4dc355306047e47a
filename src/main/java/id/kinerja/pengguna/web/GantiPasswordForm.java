package id.kinerja.pengguna.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The self-service password change: all three fields are secrets and are never shown again. */
public class GantiPasswordForm {

    @NotEmpty(message = "{akun.password.lama.wajib}")
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String passwordLama;

    @NotEmpty(message = "{akun.password.baru.wajib}")
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String passwordBaru;

    @NotEmpty(message = "{akun.password.konfirmasi.wajib}")
    @Size(max = 200, message = "{teks.panjangMaks}")
    private String konfirmasi;

    /** Before the form is shown again after a refusal: nothing typed into a password field comes back. */
    void kosongkan() {
        passwordLama = null;
        passwordBaru = null;
        konfirmasi = null;
    }

    public String getPasswordLama() {
        return passwordLama;
    }

    public void setPasswordLama(String passwordLama) {
        this.passwordLama = passwordLama;
    }

    public String getPasswordBaru() {
        return passwordBaru;
    }

    public void setPasswordBaru(String passwordBaru) {
        this.passwordBaru = passwordBaru;
    }

    public String getKonfirmasi() {
        return konfirmasi;
    }

    public void setKonfirmasi(String konfirmasi) {
        this.konfirmasi = konfirmasi;
    }
}
