package id.kinerja.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit rows on a given connection, so they commit or roll back with the change itself. */
final class AuditWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SQL = """
            insert into audit_log (pelaku, aksi, entitas, entitas_id, unit_id, sebelum, sesudah, keterangan)
            values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
            """;

    /** audit_log.keterangan is varchar(500). */
    static final int MAKS_KETERANGAN = 500;

    private AuditWriter() {
    }

    /**
     * The note as stored: a longer one (a 1000-character return note) is cut rather than failing the
     * change it records; whoever needs the whole text puts it in {@code sesudah}.
     */
    static String keterangan(String keterangan) {
        if (keterangan == null) {
            return null;
        }
        String k = keterangan.replace('\u0000', '\uFFFD');
        if (k.length() <= MAKS_KETERANGAN) {
            return k;
        }
        int potong = MAKS_KETERANGAN - 1;
        if (Character.isHighSurrogate(k.charAt(potong - 1))) {
            potong--;
        }
        return k.substring(0, potong) + "\u2026";
    }

    static void tulis(Connection connection, AuditAksi aksi, String entitas, Object entitasId, Long unitId,
            Map<String, Object> sebelum, Map<String, Object> sesudah, String keterangan) {
        tulis(connection, pelaku(), aksi, entitas, entitasId, unitId, sebelum, sesudah, keterangan);
    }

    static void tulis(Connection connection, String pelaku, AuditAksi aksi, String entitas, Object entitasId,
            Long unitId, Map<String, Object> sebelum, Map<String, Object> sesudah, String keterangan) {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setString(1, pelaku);
            ps.setString(2, aksi.name());
            ps.setString(3, entitas);
            ps.setString(4, entitasId == null ? null : entitasId.toString());
            if (unitId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, unitId);
            }
            ps.setString(6, sebelum == null ? null : json(sebelum));
            ps.setString(7, sesudah == null ? null : json(sesudah));
            ps.setString(8, keterangan(keterangan));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Jejak audit gagal ditulis", e);
        }
    }

    /** jsonb refuses \u0000 whatever else was checked upstream: the trail must never fail a change. */
    static String json(Map<String, Object> data) {
        return data == null ? null : NUL_JSON.matcher(JSON.writeValueAsString(data)).replaceAll("$1\\\\uFFFD");
    }

    private static final Pattern NUL_JSON = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    static String pelaku() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "sistem" : auth.getName();
    }
}
