package id.kinerja.perencanaan;

/**
 * A PK version was approved (ditetapkan) and is now the one in force; the version it replaced, if
 * any, is superseded. Published inside the approving transaction, so listeners (cascading links,
 * alignment) move with it or not at all.
 */
public record PkDitetapkan(Long pkId, Long unitId) {
}
