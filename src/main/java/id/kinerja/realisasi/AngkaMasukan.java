package id.kinerja.realisasi;

import id.kinerja.platform.angka.BatasAngka;
import java.math.BigDecimal;

/**
 * Realisation numbers go through the one parser (platform.angka.AngkaIndonesia) with these
 * bounds: below 10^12, at most 6 decimals (the column's scale), negative allowed, an optional Rp for amounts.
 */
final class AngkaMasukan {

    static final BatasAngka BATAS = new BatasAngka(12, 6, true, true);

    private AngkaMasukan() {
    }

    /** How stored values and the API's JSON numbers reach the same parser: Indonesian notation. */
    static String teks(BigDecimal v) {
        return v == null ? null : v.toPlainString().replace('.', ',');
    }
}
