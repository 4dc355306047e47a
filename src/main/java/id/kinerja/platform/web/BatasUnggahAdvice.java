package id.kinerja.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the global multipart limit that reached Spring MVC (see {@link BatasUnggahFilter}). */
@ControllerAdvice
class BatasUnggahAdvice {

    private final MessageSource messages;

    BatasUnggahAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object terlaluBesar(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String detail = messages.getMessage("galat.413.detail", null, "galat.413.detail",
                LocaleContextHolder.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail));
        }
        ModelAndView mav = new ModelAndView("error/413");
        mav.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return mav;
    }
}
