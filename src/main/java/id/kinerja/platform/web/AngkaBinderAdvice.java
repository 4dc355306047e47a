package id.kinerja.platform.web;

import id.kinerja.platform.angka.HasilAngka;
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

    @InitBinder
    void angka(WebDataBinder binder) {
        binder.setBindingErrorProcessor(PROSESOR);
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
