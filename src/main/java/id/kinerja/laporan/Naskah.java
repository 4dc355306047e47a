package id.kinerja.laporan;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The content of a report, independent of its format: the PDF and the Word document are both
 * rendered from one {@code Naskah}, so they cannot say different things.
 *
 * @param daftarIsi a table of contents after the cover (annual report)
 */
public record Naskah(String judul, Sampul sampul, boolean daftarIsi, List<Blok> blok) {

    /** Cover: whose report, which period, who signs (individual positions: name, jabatan, NIP). */
    public record Sampul(String jenis, String periode, String unit, String organisasi, String status,
            String kota, LocalDate tanggal, String penandatanganNama, String penandatanganJabatan,
            String penandatanganNip) {
    }

    public sealed interface Blok permits Judul, Paragraf, Tabel, Gambar, HalamanBaru {

        /** For templates, which cannot switch on a type. */
        String jenis();
    }

    /** A heading; level 1 headings go into the table of contents. */
    public record Judul(int tingkat, String teks, String jangkar) implements Blok {
        @Override
        public String jenis() {
            return tingkat <= 1 ? "judul1" : "judul2";
        }
    }

    /** A paragraph; {@code kunci} names the narrative section it shows (null: generated, locked). */
    public record Paragraf(String teks, String kunci) implements Blok {
        @Override
        public String jenis() {
            return "paragraf";
        }
    }

    /** A table of text cells (numbers already formatted the Indonesian way). */
    public record Tabel(String judul, List<String> kepala, List<List<String>> baris, boolean kecil) implements Blok {
        @Override
        public String jenis() {
            return "tabel";
        }
    }

    /** A chart drawn on the server as PNG. */
    public record Gambar(String judul, byte[] png, int lebarPx, int tinggiPx) implements Blok {

        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }

        @Override
        public String jenis() {
            return "gambar";
        }
    }

    public record HalamanBaru() implements Blok {
        @Override
        public String jenis() {
            return "halamanBaru";
        }
    }

    /** Level-1 headings, for the table of contents. */
    public List<Judul> bab() {
        return blok.stream().filter(b -> b instanceof Judul j && j.tingkat() == 1).map(b -> (Judul) b).toList();
    }
}
