package id.kinerja.realisasi.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.realisasi.KonflikRealisasiException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The realisation API's refusals as problem+json: 400 naming every bad field, 409 for a locked,
 * submitted or derived value. 403/404 and stale versions come from the global advice.
 */
@RestControllerAdvice(assignableTypes = RealisasiApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RealisasiApiAdvice {

    private final MessageSource messages;

    RealisasiApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> tidakSah(BusinessRuleException e) {
        List<Map<String, String>> errors = e.semuaPelanggaran().stream()
                .map(v -> Map.of("field", v.getField() == null ? "" : v.getField(), "code", v.getMessageKey(),
                        "message", text(v.getMessageKey(), v.getArgs())))
                .toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
        body.setTitle(text("galat.400.masukan", null));
        body.setProperty("field", e.getField());
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(KonflikRealisasiException.class)
    ResponseEntity<ProblemDetail> konflik(KonflikRealisasiException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(e.getMessageKey(), e.getArgs()));
        body.setTitle(text("galat.409.nilai", null));
        body.setProperty("code", e.getMessageKey());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> tidakTerbaca(HttpMessageNotReadableException e) {
        return tidakSah(new BusinessRuleException("", "realisasi.api.jsonTidakSah"));
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
