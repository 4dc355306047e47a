package id.kinerja.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Indexed form fields ({@code baris[300].kode}) never grow a list past {@link #MAKS_ELEMEN}: the
 * binder refuses the index (InvalidPropertyException, answered by the form's handler) instead of
 * allocating. First of all binder set-ups, because the limit can only be set before any editor is
 * registered.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BatasKoleksiAdvice {

    /** The largest list any form holds (Simulasi Capaian: 100 rows). */
    public static final int MAKS_ELEMEN = 100;

    @InitBinder
    void batas(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAKS_ELEMEN);
    }
}
