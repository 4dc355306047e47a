package id.kinerja.platform.web;

import java.util.List;
import java.util.Map;

/**
 * A confirmation page before a destructive or final step (delete, Tetapkan): what is asked, what
 * goes with it, and the form that does it (POST with its hidden fields), so it works without
 * JavaScript. {@code galat} carries a refusal of that step, shown on the same page.
 */
public record Konfirmasi(String judul, String pertanyaan, List<String> ikut, String aksi,
        Map<String, String> tersembunyi, String kembali, String tombol, boolean bahaya, String galat) {

    public Konfirmasi denganGalat(String pesan) {
        return new Konfirmasi(judul, pertanyaan, ikut, aksi, tersembunyi, kembali, tombol, bahaya, pesan);
    }
}
