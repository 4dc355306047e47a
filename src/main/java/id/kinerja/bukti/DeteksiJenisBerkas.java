package id.kinerja.bukti;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The content type of an upload as its bytes say (Apache Tika's magic), never as its name or the
 * browser say. The name may only narrow what the bytes proved: a ZIP named {@code .docx} is a Word
 * document, but bytes without any known signature are refused whatever they are called, and a PNG
 * named {@code .pdf} is a PNG.
 */
final class DeteksiJenisBerkas {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private final Set<MediaType> diizinkan = new LinkedHashSet<>();

    DeteksiJenisBerkas(Collection<String> jenisDiizinkan) {
        MediaTypeRegistry registry = TIKA.getMediaTypeRegistry();
        for (String j : jenisDiizinkan) {
            MediaType t = MediaType.parse(j.trim().toLowerCase(Locale.ROOT));
            if (t == null) {
                throw new IllegalArgumentException("kinerja.bukti.jenis-diizinkan: bukan content type: " + j);
            }
            diizinkan.add(registry.normalize(t));
        }
    }

    /** The verdict: the type to store (null when refused), what the bytes looked like, its extensions. */
    record Hasil(MediaType jenis, MediaType terbaca, Set<String> ekstensi) {

        boolean diterima() {
            return jenis != null;
        }
    }

    /** Needs a stream that supports mark/reset; leaves it at its start. */
    Hasil deteksi(InputStream in, String namaFile) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("stream tanpa mark/reset");
        }
        MediaType dariIsi = TIKA.detect(in, new Metadata());
        if (MediaType.OCTET_STREAM.equals(dariIsi)) {
            return new Hasil(null, dariIsi, Set.of());
        }
        Metadata denganNama = new Metadata();
        denganNama.set(TikaCoreProperties.RESOURCE_NAME_KEY, namaFile);
        MediaType menurutNama = TIKA.detect(in, denganNama);
        MediaTypeRegistry registry = TIKA.getMediaTypeRegistry();
        MediaType kandidat = registry.isSpecializationOf(menurutNama, dariIsi) ? menurutNama : dariIsi;
        // the most specific allowed type on the way up (a .jar is stored as the ZIP it is)
        for (MediaType t = kandidat; t != null; t = registry.getSupertype(t)) {
            if (diizinkan.contains(t)) {
                return new Hasil(t, kandidat, ekstensi(t));
            }
        }
        return new Hasil(null, kandidat, Set.of());
    }

    private static Set<String> ekstensi(MediaType t) {
        try {
            MimeType mime = TIKA.forName(t.toString());
            return new LinkedHashSet<>(mime.getExtensions());
        } catch (MimeTypeException e) {
            return Set.of();
        }
    }
}
