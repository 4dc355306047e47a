package id.kinerja.realisasi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Qualitative scales (Opini BPK WTP 4 … TMP 1), reference data in table skala_kualitatif. An IKU
 * is qualitative when its satuan starts with a scale's keyword (the Manual IKU has no separate
 * field for it yet), so "opini (WTP = 4)" reports a label, scored on its number.
 */
@Service
public class SkalaKualitatifService {

    private final JdbcTemplate jdbc;
    private volatile List<Skala> cache;

    SkalaKualitatifService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Skala(String kode, String nama, String kataKunci, Map<String, BigDecimal> level) {

        public Optional<BigDecimal> nilai(String label) {
            return level.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(label.trim()))
                    .map(Map.Entry::getValue).findFirst();
        }

        public Optional<String> labelBaku(String label) {
            return level.keySet().stream().filter(k -> k.equalsIgnoreCase(label.trim())).findFirst();
        }
    }

    public List<Skala> semua() {
        List<Skala> c = cache;
        if (c == null) {
            Map<String, Skala> out = new LinkedHashMap<>();
            jdbc.query("""
                    select s.kode, s.nama, s.kata_kunci, l.label, l.nilai from skala_kualitatif s
                    join skala_kualitatif_level l on l.skala_id = s.id order by s.kode, l.urutan""", rs -> {
                Skala sk = out.computeIfAbsent(rs.getString(1),
                        k -> new Skala(k, safe(rs, 2), safe(rs, 3), new LinkedHashMap<>()));
                sk.level().put(rs.getString(4), rs.getBigDecimal(5));
            });
            c = List.copyOf(out.values());
            cache = c;
        }
        return c;
    }

    public Optional<Skala> untukSatuan(String satuan) {
        if (satuan == null) {
            return Optional.empty();
        }
        String s = satuan.trim().toLowerCase(Locale.ROOT);
        return semua().stream().filter(k -> s.startsWith(k.kataKunci().toLowerCase(Locale.ROOT))).findFirst();
    }

    private static String safe(ResultSet rs, int i) {
        try {
            return rs.getString(i);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
