package id.kinerja.perencanaan;

import java.util.List;

/**
 * What other features hang on an IKU (cascading links, alignment, crosscutting contributors), asked
 * before the IKU is deleted. Implemented where those rows live, so planning never reads their tables.
 */
public interface KeterkaitanIku {

    /** Refuses (BusinessRuleException with the true reason) deleting an IKU others depend on. */
    void periksaHapus(Long ikuId);

    /** What would be deleted with the IKU, as message keys with arguments. */
    List<Pesan> ikutTerhapus(Long ikuId);

    /** Deletes the rows that belong to the IKU alone (called after {@link #periksaHapus}). */
    void hapusBersama(Long ikuId);

    record Pesan(String kode, Object... args) {
    }
}
