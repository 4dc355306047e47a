package id.kinerja.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
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

    private AuditWriter() {
    }

    static void tulis(Connection connection, AuditAksi aksi, String entitas, Object entitasId, Long unitId,
            Map<String, Object> sebelum, Map<String, Object> sesudah, String keterangan) {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setString(1, pelaku());
            ps.setString(2, aksi.name());
            ps.setString(3, entitas);
            ps.setString(4, entitasId == null ? null : entitasId.toString());
            if (unitId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, unitId);
            }
            ps.setString(6, sebelum == null ? null : JSON.writeValueAsString(sebelum));
            ps.setString(7, sesudah == null ? null : JSON.writeValueAsString(sesudah));
            ps.setString(8, keterangan);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Jejak audit gagal ditulis", e);
        }
    }

    static String json(Map<String, Object> nilai) {
        return nilai == null ? null : JSON.writeValueAsString(nilai);
    }

    static String pelaku() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "sistem" : auth.getName();
    }
}
