package id.kinerja.platform.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Every BigDecimal form field, bound through {@link AngkaIndonesia}: {@code 1.000} is a thousand,
 * {@code 1.234,5} a decimal, {@code 1.5} refused as ambiguous. Printed the same way in every
 * language ({@code 1.234,5}) so that what a page shows is read back as the same value.
 */
public final class AngkaFormatter implements Formatter<BigDecimal> {

    private final BatasAngka batas;
    private final int minPecahan;

    public AngkaFormatter() {
        this(BatasAngka.NILAI, 0);
    }

    AngkaFormatter(BatasAngka batas, int minPecahan) {
        this.batas = batas;
        this.minPecahan = minPecahan;
    }

    @Override
    public BigDecimal parse(String text, Locale locale) {
        HasilAngka h = AngkaIndonesia.baca(text, batas);
        if (!h.sah()) {
            throw new AngkaTidakSahException(h);
        }
        return h.nilai();
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return AngkaIndonesia.tulis(value, minPecahan);
    }

    /** A refused number on its way to the binder, which turns it into a field message. */
    public static final class AngkaTidakSahException extends IllegalArgumentException {

        private final transient HasilAngka hasil;

        public AngkaTidakSahException(HasilAngka hasil) {
            super(hasil.kode());
            this.hasil = hasil;
        }

        public HasilAngka hasil() {
            return hasil;
        }
    }
}
