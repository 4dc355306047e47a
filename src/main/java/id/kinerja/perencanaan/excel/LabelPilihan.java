package id.kinerja.perencanaan.excel;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The words of each choice column: a workbook shows an enum by its label in the user's language,
 * and a cell is read back from its label in Indonesian or English, or from its code.
 */
final class LabelPilihan {

    /** Message prefix of each choice column's value labels. */
    private static final Map<Class<?>, String> AWALAN = Map.of(Perspective.class, "scoring.perspective.",
            Validity.class, "scoring.validity.", Control.class, "scoring.control.", QualityTier.class,
            "scoring.qualityTier.", PeriodConsolidation.class, "scoring.periodConsolidation.",
            LocationConsolidation.class, "scoring.locationConsolidation.", Polarization.class,
            "scoring.polarization.", JenisCascading.class, "pk.jenisCascading.", MetodeCascading.class,
            "pk.metodeCascading.", JenisPeriode.class, "periode.");

    private final MessageSource messages;
    /** Per enum type: normalised label (both languages) or code → constant. */
    private final Map<Class<?>, Map<String, Enum<?>>> kamus = new HashMap<>();

    LabelPilihan(MessageSource messages) {
        this.messages = messages;
    }

    String label(Enum<?> e, Locale locale) {
        String prefix = AWALAN.get(e.getDeclaringClass());
        return prefix == null ? e.name() : messages.getMessage(prefix + e.name(), null, e.name(), locale);
    }

    /** The constant of {@code boleh} that {@code teks} names by label or code, else null. */
    <E extends Enum<E>> E cari(List<E> boleh, String teks) {
        if (boleh.isEmpty()) {
            return null;
        }
        Map<String, Enum<?>> k = kamus.computeIfAbsent(boleh.get(0).getDeclaringClass(), c -> {
            Map<String, Enum<?>> m = new HashMap<>();
            for (Object o : c.getEnumConstants()) {
                Enum<?> e = (Enum<?>) o;
                m.putIfAbsent(PembacaPk.normal(label(e, Locale.ENGLISH)), e);
                m.putIfAbsent(PembacaPk.normal(label(e, PembacaPk.INDONESIA)), e);
            }
            for (Object o : c.getEnumConstants()) { // codes win over a label that happens to spell one
                Enum<?> e = (Enum<?>) o;
                m.put(PembacaPk.normal(e.name()), e);
                m.put(PembacaPk.normal(e.name().replace('_', ' ')), e);
            }
            return m;
        });
        Enum<?> e = k.get(PembacaPk.normal(teks.replace('-', '_').replace('_', ' ')));
        if (e == null) {
            e = k.get(PembacaPk.normal(teks));
        }
        @SuppressWarnings("unchecked")
        E hasil = (E) e;
        return hasil != null && boleh.contains(hasil) ? hasil : null;
    }
}
