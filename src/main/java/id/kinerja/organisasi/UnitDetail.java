package id.kinerja.organisasi;

import java.util.List;

/** A unit with its breadcrumb (root first) and its direct children. */
public record UnitDetail(UnitView unit, List<UnitView> jejak, List<UnitView> anak, boolean bolehKelola) {
}
