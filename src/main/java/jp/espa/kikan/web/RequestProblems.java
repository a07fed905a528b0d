package jp.espa.kikan.web;

import java.util.UUID;

import jp.espa.kikan.platform.ProblemCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Requests that reach no controller (no such path 404, a method or media type the path does not take 405/415) are
 * problem documents too. {@link ApiProblemHandler} answers for the project's controllers and comes first; this one
 * takes what has no handler, and every unexpected error. (Spring Boot's own problem handler is not created beside a
 * ResponseEntityExceptionHandler bean, and its error page answers application/json.)
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpectedError(Exception e) {
        return unexpected(e);
    }

    /**
     * 500 with an error id and nothing of the error itself (no SQL, class or message); the id is logged with the stack
     * trace, so that operations find the cause from what a caller quotes.
     */
    static ResponseEntity<Object> unexpected(Throwable e) {
        String errorId = errorId();
        log.error("Unexpected error {}", errorId, e);
        return ResponseEntity.internalServerError().body(internalError(errorId));
    }

    static String errorId() {
        return UUID.randomUUID().toString();
    }

    static ProblemDetail internalError(String errorId) {
        ProblemDetail problem = Problems.code(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR), ProblemCode.INTERNAL_ERROR,
                "予期しないエラーが発生しました（内容はここには示しません）。問い合わせの際はエラーID " + errorId + " を伝えてください。");
        problem.setProperty("errorId", errorId);
        return problem;
    }

    /** Spring's refusals of what reaches no controller (404, 405, 415): coded, in Japanese. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        return super.createResponseEntity(Problems.coded(body, status), headers, status, request);
    }
}
