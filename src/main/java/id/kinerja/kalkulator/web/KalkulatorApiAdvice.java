package id.kinerja.kalkulator.web;

import id.kinerja.kalkulator.KalkulatorException;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.web.AngkaJson;
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
import tools.jackson.core.JacksonException;

/**
 * Bad calculator input is always a 400 problem+json naming the field (e.g.
 * {@code indicators[2].target}) with an Indonesian message; never a 500.
 */
@RestControllerAdvice(assignableTypes = KalkulatorApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class KalkulatorApiAdvice {

    private final MessageSource messages;

    KalkulatorApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(KalkulatorException.class)
    ResponseEntity<ProblemDetail> tidakSah(KalkulatorException e) {
        List<Map<String, String>> errors = e.getPelanggaran().stream()
                .map(p -> Map.of("field", p.field() == null ? "" : p.field(), "code", p.code(), "message",
                        p.message()))
                .toList();
        return problem(e.getPelanggaran().get(0).message(), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> tidakTerbaca(HttpMessageNotReadableException e) {
        String field = "";
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException je && !je.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JacksonException.Reference ref : je.getPath()) {
                if (ref.getPropertyName() != null) {
                    sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = sb.toString();
        }
        String key = field.isEmpty() ? "kalkulator.json.tidakSah" : "kalkulator.json.nilaiTidakSah";
        String message = messages.getMessage(key, new Object[] {field}, key, LocaleContextHolder.getLocale());
        HasilAngka angka = angka(cause);
        if (angka != null) {
            // say why the number was refused, not only where
            key = angka.kode();
            message = messages.getMessage("angka.diField", new Object[] {field,
                    messages.getMessage(key, angka.argumenPesan(), key, LocaleContextHolder.getLocale())}, key,
                    LocaleContextHolder.getLocale());
        }
        return problem(message, List.of(Map.of("field", field, "code", key, "message", message)));
    }

    private static HasilAngka angka(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AngkaJson.AngkaJsonTidakSah a) {
                return a.hasil();
            }
        }
        return null;
    }

    private ResponseEntity<ProblemDetail> problem(String detail, List<Map<String, String>> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle(messages.getMessage("galat.400.masukan", null, "galat.400.masukan", LocaleContextHolder.getLocale()));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
