package id.kinerja.kalkulator.web;

import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Turns a pasted choice into its code: the code itself, the label the page shows (Indonesian or
 * English bundle, with or without its bracketed part) or a common Indonesian word. Unknown text
 * is kept as typed, so the calculator names it.
 */
final class PengenalPilihan {

    private static final List<Locale> BAHASA = List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH);

    /** Indonesian words planners use in their own sheets (not necessarily the page's labels). */
    private static final Map<String, List<String>> SINONIM = Map.ofEntries(
            Map.entry("STAKEHOLDER", List.of("pemangku kepentingan")),
            Map.entry("CUSTOMER", List.of("pelanggan")),
            Map.entry("STAKEHOLDER_CUSTOMER", List.of("pemangku kepentingan/pelanggan", "stakeholder & customer")),
            Map.entry("INTERNAL_PROCESS", List.of("proses internal", "proses bisnis internal")),
            Map.entry("LEARNING_GROWTH", List.of("pembelajaran dan pertumbuhan", "learning & growth")),
            Map.entry("MAXIMIZE", List.of("maksimal", "maksimalkan", "maximise", "max")),
            Map.entry("MINIMIZE", List.of("minimal", "minimalkan", "minimise", "min")),
            Map.entry("STABILIZE", List.of("stabil", "stabilkan", "stabilise")),
            Map.entry("EXACT", List.of("tepat", "eksak")),
            Map.entry("PROXY", List.of("proksi")),
            Map.entry("ACTIVITY", List.of("aktivitas", "kegiatan")),
            Map.entry("HIGH", List.of("tinggi")),
            Map.entry("MODERATE", List.of("sedang")),
            Map.entry("LOW", List.of("rendah")),
            Map.entry("ULTIMATE_OUTCOME", List.of("outcome akhir", "hasil akhir")),
            Map.entry("INTERMEDIATE_OUTCOME", List.of("outcome antara", "hasil antara")),
            Map.entry("IMMEDIATE_OUTCOME", List.of("outcome langsung", "hasil langsung")),
            Map.entry("OUTPUT", List.of("keluaran")));

    private final Map<Class<?>, Map<String, String>> kamus = new HashMap<>();

    PengenalPilihan(MessageSource messages) {
        daftar(Perspective.class, "scoring.perspective.", messages);
        daftar(Polarization.class, "scoring.polarization.", messages);
        daftar(Validity.class, "scoring.validity.", messages);
        daftar(Control.class, "scoring.control.", messages);
        daftar(QualityTier.class, "scoring.qualityTier.", messages);
    }

    private <E extends Enum<E>> void daftar(Class<E> jenis, String awalan, MessageSource messages) {
        Map<String, String> m = new HashMap<>();
        for (E e : jenis.getEnumConstants()) {
            m.put(normal(e.name()), e.name());
            for (Locale l : BAHASA) {
                String label = messages.getMessage(awalan + e.name(), null, e.name(), l);
                m.putIfAbsent(normal(label), e.name());
                int buka = label.indexOf('(');
                if (buka > 0 && label.endsWith(")")) {
                    // "High (tinggi)": either part alone
                    m.putIfAbsent(normal(label.substring(0, buka)), e.name());
                    m.putIfAbsent(normal(label.substring(buka + 1, label.length() - 1)), e.name());
                }
            }
            SINONIM.getOrDefault(e.name(), List.of()).forEach(s -> m.putIfAbsent(normal(s), e.name()));
        }
        kamus.put(jenis, m);
    }

    /** The code for {@code teks}, or the trimmed text when nothing matches (blank stays blank). */
    String kode(Class<? extends Enum<?>> jenis, String teks) {
        if (teks == null || teks.isBlank()) {
            return "";
        }
        return kamus.get(jenis).getOrDefault(normal(teks), teks.strip());
    }

    static String normal(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replace("&", "and");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
