package id.kinerja.platform.web;

import id.kinerja.platform.database.TokenFormulirService;
import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every rendered page offers a fresh one-time token; create forms send it back as a hidden field. */
@ControllerAdvice
class TokenFormulirAdvice {

    @ModelAttribute(TokenFormulirService.PARAMETER)
    String tokenFormulir() {
        return UUID.randomUUID().toString();
    }
}
