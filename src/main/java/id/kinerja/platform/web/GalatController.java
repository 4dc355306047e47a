package id.kinerja.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's /error, except for /api/**: what reaches it there (no such route, a wrong method or
 * parameter type, an unhandled failure) is answered as problem+json like every other API refusal,
 * never as Boot's own JSON or an HTML page. Pages keep Boot's error views (templates/error/*).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class GalatController extends BasicErrorController {

    private final MessageSource messages;

    GalatController(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
            MessageSource messages) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ProblemGalat.api(request, uri)) {
            return super.errorHtml(request, response);
        }
        // a browser opening an API address: still the API's answer
        try {
            ProblemGalat.tulis(response, problem(request, uri));
        } catch (IOException e) {
            // the client left; nothing to answer
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ProblemGalat.api(request, uri)) {
            return super.error(request);
        }
        ProblemDetail problem = problem(request, uri);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemGalat.peta(problem));
    }

    private ProblemDetail problem(HttpServletRequest request, String uri) {
        HttpStatus status = getStatus(request);
        return ProblemGalat.problem(messages, status, ProblemGalat.detail(messages, status), uri);
    }
}
