package id.kinerja.audit.web;

import id.kinerja.audit.AuditService;
import id.kinerja.platform.angka.AngkaIndonesia;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit row as people read it: the entity by its label ("Perjanjian Kinerja #13"), each changed
 * field by its label with the value before and after, numbers the Indonesian way ("4", "1.250,5"
 * instead of "4.000000"), yes/no instead of true/false. The stored JSON stays untouched.
 */
final class TampilanAudit {

    record Perubahan(String field, String sebelum, String sesudah) {
    }

    record Baris(LocalDateTime waktu, String pelaku, String aksi, String entitas, String entitasId,
            String unit, List<Perubahan> perubahan, String keterangan) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KODE = Pattern.compile("(?i)id|.*Id|tahun|versi|version|nomor.*|urutan|triwulan|kode.*|nip.*");
    private static final Pattern ANGKA = Pattern.compile("-?\\d{1,30}(\\.\\d{1,20})?");
    /** A row shows at most this many fields (a PK snapshot can be long). */
    private static final int MAKS_FIELD = 40;

    private TampilanAudit() {
    }

    static Baris dari(AuditService.Baris b, MessageSource messages, Locale locale) {
        JsonNode sebelum = baca(b.sebelum());
        JsonNode sesudah = baca(b.sesudah());
        Set<String> nama = new LinkedHashSet<>();
        if (sebelum != null) {
            sebelum.propertyNames().forEach(nama::add);
        }
        if (sesudah != null) {
            sesudah.propertyNames().forEach(nama::add);
        }
        List<Perubahan> perubahan = new ArrayList<>();
        for (String f : nama) {
            String a = nilai(f, sebelum == null ? null : sebelum.get(f), messages, locale);
            String z = nilai(f, sesudah == null ? null : sesudah.get(f), messages, locale);
            // an update shows what changed; a creation or deletion shows what there was
            if (sebelum != null && sesudah != null && Objects.equals(a, z)) {
                continue;
            }
            if (perubahan.size() == MAKS_FIELD) {
                perubahan.add(new Perubahan("…", "", ""));
                break;
            }
            perubahan.add(new Perubahan(label("audit.field." + f, kataKata(f), messages, locale), a, z));
        }
        String entitas = label("audit.entitas." + b.entitas(), kataKata(b.entitas()), messages, locale);
        return new Baris(b.waktu(), b.pelaku(), label("audit.aksi." + b.aksi(), b.aksi().name(), messages, locale),
                entitas, b.entitasId(), b.unit(), perubahan, b.keterangan());
    }

    private static JsonNode baca(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json);
            return n != null && n.isObject() ? n : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String nilai(String field, JsonNode n, MessageSource messages, Locale locale) {
        if (n == null || n.isNull()) {
            return "-";
        }
        if (KODE.matcher(field).matches()) { // ids, years, versions: as they are, no thousands dots
            return n.isValueNode() ? n.asString() : n.toString();
        }
        if (n.isBoolean()) {
            return messages.getMessage(n.booleanValue() ? "umum.ya" : "umum.tidak", null,
                    n.booleanValue() ? "Ya" : "Tidak", locale);
        }
        if (n.isNumber()) {
            return AngkaIndonesia.tulis(n.decimalValue());
        }
        String s = n.isValueNode() ? n.asString() : n.toString();
        if (ANGKA.matcher(s).matches()) {
            return AngkaIndonesia.tulis(new BigDecimal(s));
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String label(String kunci, String bawaan, MessageSource messages, Locale locale) {
        return messages.getMessage(kunci, null, bawaan, locale);
    }

    /** "PerjanjianKinerja" → "Perjanjian Kinerja", "targetPembilang" → "Target pembilang". */
    static String kataKata(String kode) {
        if (kode == null || kode.isEmpty()) {
            return "";
        }
        String s = kode.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
        boolean pascal = Character.isUpperCase(kode.charAt(0));
        s = pascal ? s : s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
