package id.kinerja.platform.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Numbers in templates the way the app reads them back ({@code ${@angka.rupiah(x)}}):
 * {@code 75.000.000}, {@code 250.000.000,50}, {@code 1.234,5} in every language.
 */
@Component("angka")
public class AngkaTampilan {

    public String nilai(BigDecimal v) {
        return AngkaIndonesia.tulis(v);
    }

    public String rupiah(BigDecimal v) {
        return AngkaIndonesia.tulis(v, 2);
    }
}
