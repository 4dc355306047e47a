package id.kinerja.platform.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The machine API's (every {@code @RestController}, all under /api/**) typed refusals as
 * problem+json. Pages get theirs from {@link GlobalControllerAdvice}; what no handler maps (no such
 * route, 405, 500) is answered by {@link GalatController}; a controller's own API advice (realisation,
 * calculator) comes first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiGalatAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiGalatAdvice.class);

    private final MessageSource messages;

    ApiGalatAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return jawab(HttpStatus.NOT_FOUND, "galat.404.detail", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return jawab(HttpStatus.FORBIDDEN, "galat.403.detail", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return jawab(HttpStatus.CONFLICT, "galat.409.versi", request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            return jawab(HttpStatus.BAD_REQUEST, "galat.400.data", request);
        }
        return jawab(HttpStatus.CONFLICT, "galat.409.integritas", request);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> rule(BusinessRuleException e, HttpServletRequest request) {
        String detail = messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemGalat.problem(messages, HttpStatus.BAD_REQUEST, detail, request.getRequestURI());
        problem.setProperty("field", e.getField());
        return ProblemGalat.jawab(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return jawab(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "galat.415.detail", request);
    }

    private ResponseEntity<ProblemDetail> jawab(HttpStatus status, String kunci, HttpServletRequest request) {
        String detail = messages.getMessage(kunci, null, kunci, LocaleContextHolder.getLocale());
        return ProblemGalat.jawab(ProblemGalat.problem(messages, status, detail, request.getRequestURI()));
    }
}
