package jp.espa.kikan.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Requests that reach no controller (no such path 404, a method or media type the path does not take 405/415) are
 * problem documents too. {@link ApiProblemHandler} answers for the project's controllers and comes first; this one
 * takes what has no handler. (Spring Boot's own problem handler is not created beside a ResponseEntityExceptionHandler
 * bean, and its error page answers application/json.)
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems extends ResponseEntityExceptionHandler {
}
