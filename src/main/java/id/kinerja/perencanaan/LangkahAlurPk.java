package id.kinerja.perencanaan;

/**
 * A workflow step the PK aggregate took (registered by the aggregate, published when it is saved);
 * the audit trail entry for the step comes from it.
 */
public record LangkahAlurPk(Long pkId, Long unitId, LangkahPk langkah, StatusPk dari, StatusPk ke,
        String catatan) {
}
