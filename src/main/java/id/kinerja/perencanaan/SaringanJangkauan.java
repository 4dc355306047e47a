package id.kinerja.perencanaan;

import id.kinerja.akses.AksesService;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's reach (an {@link AksesService.Cakupan}) as an SQL condition on a unit path column, so
 * lists and counts are filtered by the database instead of loading every PK and judging in memory.
 */
record SaringanJangkauan(String sql, List<Object> argumen) {

    static SaringanJangkauan dari(AksesService.Cakupan cakupan, String kolomPath) {
        if (cakupan.semua()) {
            return new SaringanJangkauan("true", List.of());
        }
        if (cakupan.penugasan().isEmpty()) {
            return new SaringanJangkauan("false", List.of());
        }
        StringBuilder sql = new StringBuilder("(");
        List<Object> argumen = new ArrayList<>();
        for (AksesService.Penugasan p : cakupan.penugasan()) {
            if (argumen.size() > 0) {
                sql.append(" or ");
            }
            // paths are "/1/4/9/" of digits and slashes only, so no LIKE wildcard can come from them
            sql.append(p.peran().mencakupSubtree() ? kolomPath + " like ?" : kolomPath + " = ?");
            argumen.add(p.peran().mencakupSubtree() ? p.unitPath() + "%" : p.unitPath());
        }
        return new SaringanJangkauan(sql.append(")").toString(), List.copyOf(argumen));
    }

    boolean kosong() {
        return "false".equals(sql);
    }
}
