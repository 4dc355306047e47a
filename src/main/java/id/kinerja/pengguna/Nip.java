package id.kinerja.pengguna;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits = birth date yyyymmdd, CPNS appointment
 * yyyymm, gender (1 male, 2 female), sequence nnn.
 */
public final class Nip {

    private Nip() {
    }

    /** As typed, NIPs are often grouped with spaces ({@code 19800101 200501 1 001}): those are dropped, not refused. */
    public static String bersihkan(String nip) {
        return nip == null ? null : nip.replaceAll("[\\s\\u00A0]+", "");
    }

    public static boolean sah(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return false;
        }
        try {
            LocalDate lahir = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            int tahunTmt = Integer.parseInt(nip.substring(8, 12));
            int bulanTmt = Integer.parseInt(nip.substring(12, 14));
            char kelamin = nip.charAt(14);
            return lahir.getYear() >= 1940 && tahunTmt >= lahir.getYear() + 15 && bulanTmt >= 1 && bulanTmt <= 12
                    && (kelamin == '1' || kelamin == '2');
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
