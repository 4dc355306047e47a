package id.kinerja.laporan;

import java.time.Instant;
import java.util.List;

/**
 * Extension point of the document archive: a module that produces documents of a unit's year (PK
 * and Manual IKU prints, berita acara of the validation forum …) implements this as a bean and
 * its documents are listed on the archive page next to the signed LKj. Called after the unit's
 * reach was checked; keep it cheap (a query or two).
 */
public interface DokumenArsip {

    /**
     * @param jenis  kind shown in the list, e.g. "Perjanjian Kinerja"
     * @param url    a stable, context-relative URL that serves the document (access checked there)
     * @param sha256 hash of the archived bytes when the document is frozen; null for a live print
     * @param waktu  when it was signed/frozen; null when not applicable
     */
    record Dokumen(String jenis, String judul, String url, String sha256, Instant waktu) {
    }

    List<Dokumen> dokumen(Long unitId, int tahun);
}
