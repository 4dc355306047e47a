package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import java.util.ArrayList;
import java.util.List;

/**
 * The current user's reach for an action as an SQL condition on a unit path column, for the
 * inbox counts (one query each). The number of placeholders is the user's assignments, not input.
 */
record Lingkup(String sql, List<Object> args) {

    static Lingkup dari(AksesService akses, Aksi aksi, String kolomPath) {
        AksesService.Cakupan c = akses.cakupan(aksi);
        if (c.semua()) {
            return new Lingkup("true", List.of());
        }
        if (c.penugasan().isEmpty()) {
            return new Lingkup("false", List.of());
        }
        List<String> bagian = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (AksesService.Penugasan p : c.penugasan()) {
            bagian.add(p.peran().mencakupSubtree() ? kolomPath + " like ?" : kolomPath + " = ?");
            args.add(p.peran().mencakupSubtree() ? p.unitPath() + "%" : p.unitPath());
        }
        return new Lingkup("(" + String.join(" or ", bagian) + ")", args);
    }
}
