package id.kinerja.perencanaan.excel;

import id.kinerja.perencanaan.PerencanaanService;
import java.util.List;

/**
 * The outcome of an Excel import. With any problem nothing was saved; otherwise the counts tell
 * what was written.
 *
 * @param pk the PK as it was before the import (the upload page shows it again on failure)
 */
public record HasilImpor(PerencanaanService.PkView pk, List<Masalah> masalah, int ssBaru, int ikuBaru,
        int ikuDiubah) {

    public HasilImpor {
        masalah = List.copyOf(masalah);
    }

    public boolean berhasil() {
        return masalah.isEmpty();
    }

    /**
     * One problem in the file.
     *
     * @param baris the row number as Excel shows it; null for the whole file
     * @param kolom column letter and heading, e.g. "T (Polarisasi)"; null for the whole row/file
     * @param pesan the message in the user's language
     */
    public record Masalah(Integer baris, String kolom, String pesan) {
    }
}
