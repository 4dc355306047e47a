package id.kinerja.platform.web;

import id.kinerja.platform.angka.BatasAngka;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/** Binds {@link Rupiah} fields with the Rupiah bounds; prints 75.000.000 or 250.000.000,50. */
final class RupiahFormatterFactory implements AnnotationFormatterFactory<Rupiah> {

    private static final AngkaFormatter RUPIAH = new AngkaFormatter(BatasAngka.RUPIAH, 2);

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(BigDecimal.class);
    }

    @Override
    public Printer<?> getPrinter(Rupiah annotation, Class<?> fieldType) {
        return RUPIAH;
    }

    @Override
    public Parser<?> getParser(Rupiah annotation, Class<?> fieldType) {
        return RUPIAH;
    }
}
