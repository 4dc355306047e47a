package id.kinerja.platform.web;

import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.Collection;
import org.springframework.beans.PropertyAccessException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A number refused by {@link AngkaFormatter} becomes a field error that names the field and says
 * why ("Target: "1.5" tidak jelas …"), with the typed text kept in the input, instead of the
 * generic typeMismatch.
 */
@ControllerAdvice
class AngkaBinderAdvice {

    private static final DefaultBindingErrorProcessor PROSESOR = new DefaultBindingErrorProcessor() {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            HasilAngka hasil = hasil(ex);
            if (hasil == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                    bindingResult.resolveMessageCodes("angka.diField", field),
                    new Object[] {label(bindingResult.getObjectName(), field), alasan(hasil)}, hasil.kode()));
        }
    };

    /**
     * A custom editor, because a refusal by the conversion service alone would fall back to
     * Spring's default BigDecimal editor (which reads 1.5 and 1e1000000). {@link Rupiah} fields of
     * the form get the Rupiah bounds.
     */
    @InitBinder
    void angka(WebDataBinder binder) {
        binder.setBindingErrorProcessor(PROSESOR);
        Class<?> jenis = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (jenis != null && !punyaAngka(jenis, 2)) {
            // registering an editor initialises the binder; leave forms without numbers configurable
            return;
        }
        binder.registerCustomEditor(BigDecimal.class, new AngkaEditor(BatasAngka.NILAI, 0));
        for (Class<?> c = jenis; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == BigDecimal.class && f.isAnnotationPresent(Rupiah.class)) {
                    binder.registerCustomEditor(BigDecimal.class, f.getName(), new AngkaEditor(BatasAngka.RUPIAH, 2));
                }
            }
        }
    }

    /** Whether the form (or the element type of its lists, to {@code kedalaman} levels) has a BigDecimal field. */
    private static boolean punyaAngka(Class<?> jenis, int kedalaman) {
        if (jenis.getName().startsWith("java.")) {
            return jenis == BigDecimal.class;
        }
        for (Class<?> c = jenis; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == BigDecimal.class) {
                    return true;
                }
                if (kedalaman > 0 && Collection.class.isAssignableFrom(f.getType())
                        && f.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> elemen
                        && punyaAngka(elemen, kedalaman - 1)) {
                    return true;
                }
                if (kedalaman > 0 && !f.getType().isPrimitive() && !f.getType().isEnum()
                        && f.getType().getName().startsWith("id.kinerja.") && punyaAngka(f.getType(), kedalaman - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Not thread-safe (as every PropertyEditor): one per binder. */
    static final class AngkaEditor extends PropertyEditorSupport {

        private final AngkaFormatter formatter;

        AngkaEditor(BatasAngka batas, int minPecahan) {
            this.formatter = new AngkaFormatter(batas, minPecahan);
        }

        @Override
        public void setAsText(String text) {
            setValue(formatter.parse(text, null));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof BigDecimal v ? formatter.print(v, null) : "";
        }
    }

    /** The field's words: label.{object}.{field} or label.{field} (list indexes dropped). */
    static DefaultMessageSourceResolvable label(String objectName, String field) {
        String tanpaIndeks = field.replaceAll("\\[[^]]*]", "");
        String akhir = tanpaIndeks.substring(tanpaIndeks.lastIndexOf('.') + 1);
        return new DefaultMessageSourceResolvable(new String[] {"label." + objectName + "." + tanpaIndeks,
                "label." + tanpaIndeks, "label." + akhir}, akhir);
    }

    static DefaultMessageSourceResolvable alasan(HasilAngka hasil) {
        return new DefaultMessageSourceResolvable(new String[] {hasil.kode()}, hasil.argumenPesan(), hasil.kode());
    }

    private static HasilAngka hasil(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AngkaFormatter.AngkaTidakSahException a) {
                return a.hasil();
            }
        }
        return null;
    }
}
