package id.kinerja.platform.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Numbers in templates the way the app reads them back ({@code ${@angka.rupiah(x)}}):
 * {@code 75.000.000}, {@code 250.000.000,50}, {@code 1.234,5} in every language (never the
 * locale's {@code #numbers.formatDecimal(.., 'DEFAULT', ..)}, which gives English users {@code 1,250.50}).
 */
@Component("angka")
public class AngkaTampilan {

    public String nilai(BigDecimal v) {
        return AngkaIndonesia.tulis(v);
    }

    public String rupiah(BigDecimal v) {
        return AngkaIndonesia.tulis(v, 2);
    }

    /** Two places, HALF_UP, always shown ({@code 1.250,50}, {@code 90,00}), in every language. */
    public String desimal(Number v) {
        return AngkaIndonesia.tulisTetap(bigDecimal(v), 2);
    }

    /** Rounded HALF_UP to a whole number ({@code 1.250}), in every language. */
    public String bulat(Number v) {
        return AngkaIndonesia.tulisTetap(bigDecimal(v), 0);
    }

    private static BigDecimal bigDecimal(Number v) {
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        return new BigDecimal(v.toString());
    }
}
