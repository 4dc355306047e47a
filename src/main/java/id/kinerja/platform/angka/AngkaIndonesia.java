package id.kinerja.platform.angka;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one reader of numbers as Indonesians write them, for every form, import, paste and API:
 * {@code 1.000} is one thousand, {@code 1.234,5} is 1234.5, {@code Rp 75.000.000} is an amount.
 * A dot that cannot be a thousands separator ({@code 1.5}, {@code 1.00}) is refused as ambiguous
 * rather than guessed. Length and digits are checked on the text before any BigDecimal exists, so
 * no request can make the server compute with a 100,000-digit or 1e1000000 number.
 * Plain Java (no Spring), usable from any layer.
 */
public final class AngkaIndonesia {

    /** Longest text read at all (after trimming); anything longer is refused unread. */
    public static final int MAKS_PANJANG = 40;
    /** No bound may exceed this many digits on either side of the comma. */
    public static final int MAKS_DIGIT = 30;
    /** Significant digits kept of a binary double (Excel shows 15). */
    private static final MathContext DIGIT_DOUBLE = new MathContext(15);

    public static final String TIDAK_SAH = "angka.tidakSah";
    public static final String AMBIGU = "angka.ambigu";
    public static final String EKSPONEN = "angka.eksponen";
    public static final String TERLALU_PANJANG = "angka.terlaluPanjang";
    public static final String DIGIT_BULAT = "angka.digitBulat";
    public static final String DIGIT_PECAHAN = "angka.digitPecahan";
    public static final String NEGATIF = "angka.negatif";
    public static final String RUPIAH = "angka.rupiah";

    private AngkaIndonesia() {
    }

    /**
     * Reads {@code teks}. Blank (or null) gives {@link HasilAngka#kosong()}; a number within
     * {@code batas} gives its value (trailing zeros after the comma dropped); anything else gives an
     * error code with arguments (the text itself when short enough to echo).
     */
    public static HasilAngka baca(String teks, BatasAngka batas) {
        if (teks == null) {
            return HasilAngka.kosongSaja();
        }
        if (teks.length() > MAKS_PANJANG * 4) {
            return HasilAngka.galat(TERLALU_PANJANG, MAKS_PANJANG);
        }
        String s = rapikan(teks);
        if (s.isEmpty()) {
            return HasilAngka.kosongSaja();
        }
        if (s.length() > MAKS_PANJANG) {
            return HasilAngka.galat(TERLALU_PANJANG, MAKS_PANJANG);
        }
        int i = 0;
        boolean negatif = false;
        boolean rupiah = false;
        // sign and Rp in either order: -Rp 5.000, Rp -5.000
        for (int putaran = 0; putaran < 2; putaran++) {
            if (!negatif && i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
                negatif = true;
                i++;
            } else if (!rupiah && s.regionMatches(true, i, "Rp", 0, 2)) {
                rupiah = true;
                i += 2;
                if (i < s.length() && s.charAt(i) == '.') {
                    i++;
                }
                while (i < s.length() && spasi(s.charAt(i))) {
                    i++;
                }
            }
        }
        String badan = s.substring(i);
        if (badan.isEmpty()) {
            return HasilAngka.galat(TIDAK_SAH, s);
        }
        if (rupiah && !batas.bolehRupiah()) {
            return HasilAngka.galat(RUPIAH, s);
        }
        int koma = -1;
        boolean adaTitik = false;
        for (int k = 0; k < badan.length(); k++) {
            char c = badan.charAt(k);
            if (c == ',') {
                if (koma >= 0) {
                    return HasilAngka.galat(TIDAK_SAH, s);
                }
                koma = k;
            } else if (c == '.') {
                adaTitik = true;
            } else if (c == 'e' || c == 'E') {
                return HasilAngka.galat(EKSPONEN, s);
            } else if (c < '0' || c > '9') {
                return HasilAngka.galat(TIDAK_SAH, s);
            }
        }
        String bulat = koma < 0 ? badan : badan.substring(0, koma);
        String pecahan = koma < 0 ? "" : badan.substring(koma + 1);
        if (bulat.isEmpty() || (koma >= 0 && pecahan.isEmpty()) || pecahan.indexOf('.') >= 0) {
            return HasilAngka.galat(TIDAK_SAH, s);
        }
        if (adaTitik) {
            String[] kelompok = bulat.split("\\.", -1);
            if (!kelompokRibuan(kelompok)) {
                // without a comma a dot may have been meant as a decimal point: say so
                return HasilAngka.galat(koma < 0 ? AMBIGU : TIDAK_SAH, s);
            }
            bulat = String.join("", kelompok);
        }
        int awal = 0;
        while (awal < bulat.length() - 1 && bulat.charAt(awal) == '0') {
            awal++;
        }
        bulat = bulat.substring(awal);
        int akhir = pecahan.length();
        while (akhir > 0 && pecahan.charAt(akhir - 1) == '0') {
            akhir--;
        }
        pecahan = pecahan.substring(0, akhir);
        if (bulat.length() > batas.digitBulat()) {
            return HasilAngka.galat(DIGIT_BULAT, batas.digitBulat());
        }
        if (pecahan.length() > batas.digitPecahan()) {
            return HasilAngka.galat(DIGIT_PECAHAN, batas.digitPecahan());
        }
        BigDecimal nilai = new BigDecimal(pecahan.isEmpty() ? bulat : bulat + "." + pecahan);
        if (negatif && nilai.signum() != 0) {
            if (!batas.bolehNegatif()) {
                return HasilAngka.galat(NEGATIF, s);
            }
            nilai = nilai.negate();
        }
        return HasilAngka.angka(nilai);
    }

    /**
     * Bounds a number that arrived as a number (JSON, a numeric spreadsheet cell). The checks use
     * precision and scale only, so 1e1000000 is refused without ever being expanded.
     */
    public static HasilAngka periksa(BigDecimal nilai, BatasAngka batas) {
        if (nilai == null) {
            return HasilAngka.kosongSaja();
        }
        if (nilai.signum() == 0) {
            return HasilAngka.angka(BigDecimal.ZERO);
        }
        // precision() and scale() are cheap; stripping is bounded once the precision is
        long bulatKasar = (long) nilai.precision() - nilai.scale();
        if (bulatKasar > batas.digitBulat()) {
            return HasilAngka.galat(DIGIT_BULAT, batas.digitBulat());
        }
        if (nilai.precision() > 2 * MAKS_DIGIT + 2 || (long) nilai.scale() > 2 * MAKS_DIGIT + 2) {
            return HasilAngka.galat(DIGIT_PECAHAN, batas.digitPecahan());
        }
        BigDecimal ringkas = nilai.stripTrailingZeros();
        if (ringkas.scale() > batas.digitPecahan()) {
            return HasilAngka.galat(DIGIT_PECAHAN, batas.digitPecahan());
        }
        if (ringkas.signum() < 0 && !batas.bolehNegatif()) {
            return HasilAngka.galat(NEGATIF, tulis(ringkas));
        }
        return HasilAngka.angka(ringkas.scale() < 0 ? ringkas.setScale(0) : ringkas);
    }

    /**
     * Bounds a binary double (a numeric spreadsheet cell): its 15 significant digits are taken, so
     * 0.1 + 0.2 reads as 0,3, then {@link #periksa} applies.
     */
    public static HasilAngka dariDouble(double nilai, BatasAngka batas) {
        if (Double.isNaN(nilai) || Double.isInfinite(nilai)) {
            return HasilAngka.galat(TIDAK_SAH, String.valueOf(nilai));
        }
        return periksa(new BigDecimal(nilai).round(DIGIT_DOUBLE), batas);
    }

    /**
     * The number as the app shows it and reads it back: thousands grouped with dots, decimal comma,
     * trailing zeros dropped ({@code 1.234,5}, {@code 75.000.000}, {@code -0,25}).
     * {@code baca(tulis(x))} equals x for every x within bounds.
     */
    public static String tulis(BigDecimal nilai) {
        return tulis(nilai, 0);
    }

    /**
     * As {@link #tulis(BigDecimal)}, with at least {@code minPecahan} digits after the comma when
     * the value has a fraction (Rupiah: {@code 250.000.000,50} but {@code 75.000.000}).
     */
    public static String tulis(BigDecimal nilai, int minPecahan) {
        if (nilai == null) {
            return "";
        }
        BigDecimal v = nilai.signum() == 0 ? BigDecimal.ZERO : nilai.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.scale() > 0 && v.scale() < minPecahan) {
            v = v.setScale(minPecahan);
        }
        String polos = v.abs().toPlainString();
        int titik = polos.indexOf('.');
        String bulat = titik < 0 ? polos : polos.substring(0, titik);
        StringBuilder sb = new StringBuilder(polos.length() + bulat.length() / 3 + 2);
        if (v.signum() < 0) {
            sb.append('-');
        }
        for (int k = 0; k < bulat.length(); k++) {
            if (k > 0 && (bulat.length() - k) % 3 == 0) {
                sb.append('.');
            }
            sb.append(bulat.charAt(k));
        }
        if (titik >= 0) {
            sb.append(',').append(polos, titik + 1, polos.length());
        }
        return sb.toString();
    }

    /**
     * For display: rounded HALF_UP to exactly {@code pecahan} places, every place shown
     * ({@code 1.250,50}, {@code 90,00}); still read back by {@link #baca} as the same value.
     */
    public static String tulisTetap(BigDecimal nilai, int pecahan) {
        if (nilai == null) {
            return "";
        }
        BigDecimal v = nilai.setScale(pecahan, java.math.RoundingMode.HALF_UP);
        String s = tulis(v, pecahan);
        if (pecahan > 0 && v.signum() != 0 && v.stripTrailingZeros().scale() <= 0) {
            return s + "," + "0".repeat(pecahan);
        }
        if (v.signum() == 0 && pecahan > 0) {
            return "0," + "0".repeat(pecahan);
        }
        return s;
    }

    /** Indonesian grouping: 1–3 digits (not a leading zero), then groups of exactly three. */
    private static boolean kelompokRibuan(String[] kelompok) {
        String pertama = kelompok[0];
        if (pertama.isEmpty() || pertama.length() > 3 || pertama.charAt(0) == '0') {
            return false;
        }
        for (int k = 1; k < kelompok.length; k++) {
            if (kelompok[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static String rapikan(String teks) {
        int a = 0;
        int b = teks.length();
        while (a < b && spasi(teks.charAt(a))) {
            a++;
        }
        while (b > a && spasi(teks.charAt(b - 1))) {
            b--;
        }
        return teks.substring(a, b);
    }

    private static boolean spasi(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\uFEFF';
    }
}
