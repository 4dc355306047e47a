package id.kinerja.platform.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.angka.HasilAngka;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * A small form refused on a page that holds many forms (one per IKU): which form ({@code kunci}),
 * the text the user typed per field, and the message per field ("" = the form as a whole), so
 * the page can be shown again with the input kept and the reason at the box.
 */
public record IsianDitolak(String kunci, Map<String, String> nilai, Map<String, String> galat) {

    public IsianDitolak {
        nilai = Map.copyOf(nilai);
        galat = Map.copyOf(galat);
    }

    public String nilai(String field) {
        return nilai.getOrDefault(field, "");
    }

    public String galat(String field) {
        return galat.get(field);
    }

    public boolean untuk(Object k) {
        return k != null && kunci.equals(String.valueOf(k));
    }

    /** From a bound form: the typed text of {@code fields} and every error, resolved for the locale. */
    public static IsianDitolak dari(Object kunci, BindingResult binding, List<String> fields, MessageSource messages,
            Locale locale) {
        Map<String, String> nilai = new LinkedHashMap<>();
        for (String f : fields) {
            Object v = binding.getFieldValue(f);
            nilai.put(f, v == null ? "" : v instanceof BigDecimal b
                    ? AngkaIndonesia.tulis(b) : String.valueOf(v));
        }
        Map<String, String> galat = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> galat.merge(e.getField(), messages.getMessage(e, locale), (a, b) -> a));
        binding.getGlobalErrors().forEach(e -> galat.merge("", messages.getMessage(e, locale), (a, b) -> a));
        return new IsianDitolak(String.valueOf(kunci), nilai, galat);
    }

    /** A domain rule broken by a form value, at its field when the form has that field. */
    public static void tolak(BindingResult binding, BusinessRuleException e) {
        for (BusinessRuleException v : e.semuaPelanggaran()) {
            if (v.getField() == null || v.getField().isBlank()) {
                binding.reject(v.getMessageKey(), v.getArgs(), v.getMessageKey());
                continue;
            }
            try {
                binding.rejectValue(v.getField(), v.getMessageKey(), v.getArgs(), v.getMessageKey());
            } catch (NotReadablePropertyException | IllegalArgumentException x) {
                binding.reject(v.getMessageKey(), v.getArgs(), v.getMessageKey());
            }
        }
    }

    /** The message for a number refused in a field named by {@code labelKey} (with its arguments). */
    public static String pesanAngka(MessageSource messages, Locale locale, HasilAngka hasil, String labelKey,
            Object... labelArgs) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"angka.diField"},
                new Object[] {new DefaultMessageSourceResolvable(new String[] {labelKey}, labelArgs, labelKey),
                        AngkaBinderAdvice.alasan(hasil)}), locale);
    }
}
