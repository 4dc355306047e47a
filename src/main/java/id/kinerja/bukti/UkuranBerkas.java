package id.kinerja.bukti;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** File sizes as people read them: "20 MB", "1,5 MB" (Indonesian), "830 KB". */
public final class UkuranBerkas {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private UkuranBerkas() {
    }

    public static String tampil(long bytes) {
        return tampil(bytes, LocaleContextHolder.getLocale());
    }

    public static String tampil(long bytes, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        if (bytes >= MB) {
            return f.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)) + " MB";
        }
        if (bytes >= KB) {
            return f.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(KB), 1, RoundingMode.HALF_UP)) + " KB";
        }
        return bytes + " B";
    }
}
