package id.kinerja.platform.web;

import java.text.Normalizer;

/**
 * Text as it may enter the system, from any edge (form field, request parameter, JSON): Unicode
 * NFC, and no control characters other than tab, line feed and carriage return (a NUL or \x01
 * breaks PostgreSQL jsonb, XML and PDF output later, far from where it came in).
 */
public final class TeksMasuk {

    /**
     * A safety net above every field's own limit (the longest column is 4,000 characters; a pasted
     * table in the simulator is longer): no single text value is larger.
     */
    public static final int PANJANG_MAKS = 100_000;

    private TeksMasuk() {
    }

    /** The normalised text, or {@link IllegalArgumentException} naming what is wrong. */
    public static String normalisasi(String teks) {
        if (teks == null) {
            return null;
        }
        if (teks.length() > PANJANG_MAKS) {
            throw new IllegalArgumentException("Teks lebih dari " + PANJANG_MAKS + " karakter");
        }
        int posisi = karakterTerlarang(teks);
        if (posisi >= 0) {
            throw new IllegalArgumentException("Karakter kendali U+" + String.format("%04X", (int) teks.charAt(posisi))
                    + " tidak diperbolehkan");
        }
        return Normalizer.isNormalized(teks, Normalizer.Form.NFC) ? teks : Normalizer.normalize(teks, Normalizer.Form.NFC);
    }

    /** Index of the first forbidden character, or -1. */
    public static int karakterTerlarang(String teks) {
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < teks.length() && Character.isLowSurrogate(teks.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text read from an uploaded file (Excel cells): forbidden characters dropped, NFC. */
    public static String dariBerkas(String teks) {
        String bersih = bersihkan(teks);
        return bersih == null || Normalizer.isNormalized(bersih, Normalizer.Form.NFC) ? bersih
                : Normalizer.normalize(bersih, Normalizer.Form.NFC);
    }

    /** For output that must stay well-formed whatever is stored (XML, PDF): forbidden characters dropped. */
    public static String bersihkan(String teks) {
        if (teks == null || karakterTerlarang(teks) < 0) {
            return teks;
        }
        StringBuilder sb = new StringBuilder(teks.length());
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            boolean pasangan = Character.isHighSurrogate(c) && i + 1 < teks.length()
                    && Character.isLowSurrogate(teks.charAt(i + 1));
            if (pasangan) {
                sb.append(c).append(teks.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || !(Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
