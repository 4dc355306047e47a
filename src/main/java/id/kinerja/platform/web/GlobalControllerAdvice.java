package id.kinerja.platform.web;

import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps typed failures to friendly pages: 404 for a missing record, 403 for a unit out of reach, 409
 * for a concurrent edit or a conflicting row. The API's problem+json comes from {@link ApiGalatAdvice}.
 */
@ControllerAdvice
class GlobalControllerAdvice {

    private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

    private final MessageSource messages;

    GlobalControllerAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, HttpStatus.NOT_FOUND, "error/404", text("galat.404.detail"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "error/403", text("galat.403.detail"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, "error/409", text("galat.409.versi"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            // data exception (value too long, bad character): the input is at fault, not a concurrent edit
            return respond(request, HttpStatus.BAD_REQUEST, "error/400", text("galat.400.data"));
        }
        return respond(request, HttpStatus.CONFLICT, "error/409", text("galat.409.integritas"));
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object rule(BusinessRuleException e, HttpServletRequest request) {
        String detail = messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                LocaleContextHolder.getLocale());
        // a rule broken outside a form (e.g. closing a unit from a list) still gets a readable page
        return respond(request, HttpStatus.BAD_REQUEST, "error/400", detail);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        if (ProblemGalat.api(request, request.getRequestURI())) {
            // no API controller matched the content type, so ApiGalatAdvice never sees this one
            return ProblemGalat.jawab(ProblemGalat.problem(messages, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    text("galat.415.detail"), request.getRequestURI()));
        }
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error/400", text("galat.415.detail"));
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String view, String detail) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("detail", detail);
        return mav;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
