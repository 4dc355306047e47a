package id.kinerja.bukti;

import java.util.Locale;
import java.util.Set;

/** The file name as kept and shown: no path, no control characters, bounded, honest extension. */
final class NamaBerkas {

    private NamaBerkas() {
    }

    static String bersihkan(String asli, int maks) {
        String n = asli == null ? "" : asli;
        // some browsers send the client's path ("C:\fakepath\x.pdf")
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").replaceAll("\\s+", " ").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "berkas";
        }
        return potong(n, maks);
    }

    /** Replaces an extension that does not belong to the sniffed type by the type's own. */
    static String sesuaikanEkstensi(String nama, Set<String> ekstensi, int maks) {
        if (ekstensi.isEmpty()) {
            return nama;
        }
        int titik = nama.lastIndexOf('.');
        String sekarang = titik > 0 ? nama.substring(titik).toLowerCase(Locale.ROOT) : "";
        if (ekstensi.contains(sekarang)) {
            return nama;
        }
        String dasar = titik > 0 ? nama.substring(0, titik) : nama;
        return potong(dasar + ekstensi.iterator().next(), maks);
    }

    /** Shortens the base name, keeping the extension. */
    private static String potong(String n, int maks) {
        if (n.length() <= maks) {
            return n;
        }
        int titik = n.lastIndexOf('.');
        String ext = titik > 0 && n.length() - titik <= 10 ? n.substring(titik) : "";
        return n.substring(0, maks - ext.length()) + ext;
    }
}
