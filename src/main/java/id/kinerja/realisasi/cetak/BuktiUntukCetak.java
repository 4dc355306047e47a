package id.kinerja.realisasi.cetak;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evidence files of realisation values for prints: file name and SHA-256 per value. Implemented
 * over the evidence module (bukti dukung) when it is present; without it prints list none.
 */
public interface BuktiUntukCetak {

    /** A file (or a link, with {@code sha256} null) attached to a value. */
    record Bukti(String nama, String sha256) {
    }

    /** Evidence per realisation id (owner kind REALISASI); ids without evidence are absent. */
    Map<Long, List<Bukti>> untukRealisasi(Collection<Long> realisasiIds);
}
