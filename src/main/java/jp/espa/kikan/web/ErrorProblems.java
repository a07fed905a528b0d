package jp.espa.kikan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import jp.espa.kikan.platform.ProblemCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Spring Boot's (application/json with the exception's message): what a servlet or filter
 * answered with an error status, or an exception that escaped them (Spring Security's firewall, a Camunda webapp),
 * as a problem document. A server error gets an error id, logged with its stack trace, and nothing of the error itself.
 * Set as the content type, so a client's Accept header does not turn it into a 406.
 */
@RestController
class ErrorProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblems.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem;
        if (status >= 500) {
            String errorId = RequestProblems.errorId();
            log.error("Unexpected error {} on {} {}", errorId, request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            problem = RequestProblems.internalError(errorId);
            problem.setStatus(status);
        } else {
            problem = Problems.code(ProblemDetail.forStatus(HttpStatusCode.valueOf(status)), ProblemCode.of(status), null);
        }
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
