package id.kinerja.hostile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The victim unit's Dialog Kinerja records (its subtree's, for the logbook), read once per victim. */
final class KorbanDialog {

    private static final Map<Long, Map<String, Long>> ID = new ConcurrentHashMap<>();

    private KorbanDialog() {
    }

    static void muat(JdbcTemplate jdbc, long unitId) {
        ID.put(unitId, Map.of(
                "dialogId", satu(jdbc, "select id from dialog_kinerja where unit_id = ?", unitId),
                "tindakLanjutDialogId", satu(jdbc, "select id from tindak_lanjut_dialog where unit_id = ?", unitId),
                "permintaanId", satu(jdbc, "select id from permintaan_perubahan where unit_id = ?", unitId),
                "logbookId", satu(jdbc, "select l.id from logbook_harian l join unit u on u.id = l.unit_id "
                        + "where u.path like (select path from unit where id = ?) || '%'", unitId)));
    }

    static Long id(long unitId, String variabel) {
        return ID.getOrDefault(unitId, Map.of()).get(variabel);
    }

    private static long satu(JdbcTemplate jdbc, String sql, long unitId) {
        List<Long> ids = jdbc.queryForList(sql + " order by 1 limit 1", Long.class, unitId);
        return ids.isEmpty() ? Korban.TIDAK_ADA : ids.get(0);
    }
}
