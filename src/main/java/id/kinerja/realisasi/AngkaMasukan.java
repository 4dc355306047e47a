package id.kinerja.realisasi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number as Indonesians type it: "12,5", "1.250,75", "1.000" (a thousand), "Rp 75.000.000";
 * "12.5" (one decimal point, not a group of three) is read as a decimal too. Bounded in size and
 * precision. LEAD: replace with platform.angka.AngkaIndonesia (helper H1) once merged.
 */
final class AngkaMasukan {

    static final BigDecimal BATAS = new BigDecimal("1000000000000");
    private static final int SKALA_MAKS = 6;
    private static final Pattern DENGAN_KOMA = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern RIBUAN = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern DESIMAL_TITIK = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private AngkaMasukan() {
    }

    /** Null for blank input; NumberFormatException when not a number within bounds. */
    static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 40) {
            throw new NumberFormatException("terlalu panjang");
        }
        String s = raw.replace('\u00a0', ' ').replace(" ", "").trim();
        if (s.toLowerCase(Locale.ROOT).startsWith("rp")) {
            s = s.substring(2);
        }
        String normal;
        if (s.contains(",")) {
            if (!DENGAN_KOMA.matcher(s).matches()) {
                throw new NumberFormatException(raw);
            }
            normal = s.replace(".", "").replace(',', '.');
        } else if (RIBUAN.matcher(s).matches()) {
            normal = s.replace(".", "");
        } else if (DESIMAL_TITIK.matcher(s).matches()) {
            normal = s;
        } else {
            throw new NumberFormatException(raw);
        }
        BigDecimal v = new BigDecimal(normal);
        if (v.abs().compareTo(BATAS) >= 0 || v.stripTrailingZeros().scale() > SKALA_MAKS) {
            throw new NumberFormatException(raw);
        }
        return v;
    }

    /** How the API's JSON numbers reach the same parser: Indonesian notation. */
    static String teks(BigDecimal v) {
        return v == null ? null : v.toPlainString().replace('.', ',');
    }
}
