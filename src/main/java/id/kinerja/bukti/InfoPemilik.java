package id.kinerja.bukti;

/**
 * The owner record as evidence sees it.
 *
 * @param unitId      unit whose reach decides access: LIHAT to list and download, SUSUN to change
 * @param dapatDiubah false while the owner is frozen (e.g. its period is locked): no upload, link
 *                    or delete, whoever asks
 * @param label       short text naming the owner on the evidence page (e.g. "IKU 1.1 — TW II")
 * @param tautan      path of the owner's own page (the evidence page links back to it), or null
 */
public record InfoPemilik(long unitId, boolean dapatDiubah, String label, String tautan) {

    public InfoPemilik(long unitId, boolean dapatDiubah, String label) {
        this(unitId, dapatDiubah, label, null);
    }
}
