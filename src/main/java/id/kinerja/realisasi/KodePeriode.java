package id.kinerja.realisasi;

import id.kinerja.organisasi.JenisPeriode;
import java.util.Locale;
import java.util.Optional;

/**
 * A reporting period as the API names it: B01…B12, TW1…TW4, S1, S2, TAHUN — and the quarter
 * arithmetic of scoring.md §13 (which periods have ended by the end of quarter n).
 */
public record KodePeriode(JenisPeriode jenis, int nomor) {

    public static Optional<KodePeriode> parse(String kode) {
        if (kode == null || kode.length() > 6) {
            return Optional.empty();
        }
        String k = kode.trim().toUpperCase(Locale.ROOT);
        try {
            if (k.equals("TAHUN")) {
                return Optional.of(new KodePeriode(JenisPeriode.TAHUN, 1));
            }
            if (k.matches("B\\d{2}")) {
                return valid(JenisPeriode.BULAN, Integer.parseInt(k.substring(1)));
            }
            if (k.matches("TW[1-4]")) {
                return valid(JenisPeriode.TRIWULAN, Integer.parseInt(k.substring(2)));
            }
            if (k.matches("S[12]")) {
                return valid(JenisPeriode.SEMESTER, Integer.parseInt(k.substring(1)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<KodePeriode> valid(JenisPeriode jenis, int nomor) {
        return nomor >= 1 && nomor <= jenis.jumlahPerTahun() ? Optional.of(new KodePeriode(jenis, nomor))
                : Optional.empty();
    }

    public String kode() {
        return switch (jenis) {
            case BULAN -> String.format("B%02d", nomor);
            case TRIWULAN -> "TW" + nomor;
            case SEMESTER -> "S" + nomor;
            case TAHUN -> "TAHUN";
        };
    }

    /** The quarter in which this period ends. */
    public int triwulan() {
        return (nomor * jenis.bulanPerPeriode() + 2) / 3;
    }

    /** How many periods of this kind have ended by the end of quarter n (0 = none is due). */
    public static int sampai(JenisPeriode jenis, int triwulan) {
        return triwulan * 3 / jenis.bulanPerPeriode();
    }

    @Override
    public String toString() {
        return kode();
    }
}
