package id.kinerja.platform.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One page of a list a user may already see, filtered by a simple search text: both bounded
 * (the text to {@value #MAKS_CARI} characters, the page size to {@link #UKURAN}), so no request
 * parameter drives a loop or an allocation beyond the list itself.
 *
 * @param baris    the rows of this page
 * @param q        the search text as applied (trimmed, cut to its bound), "" for none
 * @param halaman  0-based page number, clamped to the last page
 * @param ukuran   rows per page
 * @param total    rows matching the search
 */
public record Halaman<T>(List<T> baris, String q, int halaman, int ukuran, int total) {

    public static final int MAKS_CARI = 100;
    public static final List<Integer> UKURAN = List.of(25, 50, 100, 200);

    /** The rows whose text (by {@code teks}) contains every word of {@code q}, case and accents ignored. */
    public static <T> Halaman<T> dari(List<T> semua, String q, Integer halaman, Integer ukuran,
            Function<T, String> teks) {
        String cari = q == null ? "" : q.strip();
        if (cari.length() > MAKS_CARI) {
            cari = cari.substring(0, MAKS_CARI);
        }
        // a size above the largest offered is clamped to it; any other size not offered is the default
        int maks = UKURAN.get(UKURAN.size() - 1);
        int n = ukuran == null ? UKURAN.get(1) : ukuran > maks ? maks : UKURAN.contains(ukuran) ? ukuran : UKURAN.get(1);
        String[] kata = normal(cari).split("\\s+");
        List<T> cocok = cari.isEmpty() ? semua : semua.stream().filter(t -> {
            String isi = normal(teks.apply(t));
            for (String k : kata) {
                if (!k.isEmpty() && !isi.contains(k)) {
                    return false;
                }
            }
            return true;
        }).toList();
        int terakhir = Math.max(0, (cocok.size() - 1) / n);
        int h = halaman == null || halaman < 0 ? 0 : Math.min(halaman, terakhir);
        int dari = h * n;
        return new Halaman<>(cocok.subList(dari, Math.min(cocok.size(), dari + n)), cari, h, n, cocok.size());
    }

    public int jumlahHalaman() {
        return Math.max(1, (total + ukuran - 1) / ukuran);
    }

    public boolean adaSebelumnya() {
        return halaman > 0;
    }

    public boolean adaBerikutnya() {
        return halaman + 1 < jumlahHalaman();
    }

    private static String normal(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
