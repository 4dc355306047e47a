package id.kinerja.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every String bound from a request (form fields, request parameters, path variables) passes
 * {@link TeksMasuk}: a control character becomes a field error ("typeMismatch", shown at the
 * field with the user's other input kept), never a stored value.
 */
@ControllerAdvice
class TeksMasukAdvice {

    @InitBinder
    void teks(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(TeksMasuk.normalisasi(text));
            }

            @Override
            public String getAsText() {
                Object v = getValue();
                return v == null ? "" : v.toString();
            }
        });
    }
}
