package id.kinerja.platform.web;

import id.kinerja.platform.galat.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refused post of a plain (non-bound) form, shown again on the page it came from: which form,
 * the message per field in the user's language, and what the user typed, so nothing is lost.
 */
public record FormGagal(String form, Map<String, String> pesan, Map<String, String> masukan) {

    private static final int MAKS_MASUKAN = 2_000;

    public static FormGagal dari(String form, BusinessRuleException e, MessageSource messages,
            Map<String, String> masukan) {
        Map<String, String> pesan = new LinkedHashMap<>();
        for (BusinessRuleException v : e.semuaPelanggaran()) {
            pesan.merge(v.getField() == null ? "" : v.getField(),
                    messages.getMessage(v.getMessageKey(), v.getArgs(), v.getMessageKey(),
                            LocaleContextHolder.getLocale()), (a, b) -> a + " " + b);
        }
        Map<String, String> kembali = new LinkedHashMap<>();
        masukan.forEach((k, v) -> {
            if (!"_csrf".equals(k) && v != null) {
                kembali.put(k, v.length() > MAKS_MASUKAN ? v.substring(0, MAKS_MASUKAN) : v);
            }
        });
        return new FormGagal(form, pesan, kembali);
    }

    /** The message at a field, or null. */
    public String di(String field) {
        return pesan.get(field);
    }

    /** The user's input for a field, or the fallback when the field was not part of the post. */
    public String nilai(String field, String bawaan) {
        return masukan.getOrDefault(field, bawaan);
    }

    /** Every message, for a summary above the form. */
    public String semua() {
        return String.join(" ", pesan.values());
    }
}
