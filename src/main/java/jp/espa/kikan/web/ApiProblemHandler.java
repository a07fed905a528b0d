package jp.espa.kikan.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.platform.ProblemCode;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the project API as application/problem+json. Input errors carry an {@code errors} list of
 * {@code {field, message}} so that a calling system can show the operator which field to fix.
 */
@RestControllerAdvice(basePackages = "jp.espa.kikan")
@Order(0) // before RequestProblems
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JsonMappingException mapping ? path(mapping) : duplicateKey(e.getCause());
        String message = e.getCause() instanceof StrictJson.RefusedValue refused ? refused.getOriginalMessage()
                : e.getCause() instanceof JsonMappingException ? "値がないか、型が違うか、受け付けない値です。"
                : field.isEmpty() ? "本文がJSONとして読めません。" : "同じキーが2回指定されています。";
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(field.isEmpty() ? "body" : field, message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(invalid(List.of(fieldError(e.getName(), "「" + e.getValue() + "」は"
                + (e.getRequiredType() == java.time.LocalDate.class ? "日付（YYYY-MM-DD）" : e.getRequiredType() == java.util.UUID.class
                ? "UUID" : e.getRequiredType().getSimpleName()) + "として読めません。"))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        ProblemDetail problem = invalid(List.of(fieldError(e.field(), Problems.inJapanese(e.getMessage(), "値が正しくありません。"))));
        if (e.code() != ProblemCode.INVALID_INPUT) { // a particular refusal: its code, and its words as the detail
            Problems.code(problem, e.code(), e.getMessage());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, NotPermittedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN, e.getMessage());
    }

    /** Spring's own refusals (no such path, a method or media type the path does not take, …): coded, in Japanese. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        return super.createResponseEntity(Problems.coded(body, status), headers, status, request);
    }

    /** A refusal of the application service raised inside an engine command (a task completed over the API). */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Object> insideTheEngine(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalidInput(invalid);
            }
            if (cause instanceof ConflictException conflict) {
                return conflict(conflict);
            }
            if (cause instanceof NotPermittedException notPermitted) {
                return forbidden(notPermitted);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException rejected) {
                // the engine's words are English and name its internals: they stay in the log (RefusalsAsWarnings)
                return ResponseEntity.badRequest().body(invalid(List.of(fieldError("body", "この要求は処理できません。"))));
            }
        }
        return RequestProblems.unexpected(e);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, ProblemCode code, String message) {
        return ResponseEntity.status(status).body(Problems.code(ProblemDetail.forStatus(status), code, message));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid input");
        Problems.code(problem, ProblemCode.INVALID_INPUT, "入力内容に誤りがあります（"
                + errors.stream().map(error -> error.get("field")).distinct().collect(Collectors.joining("、")) + "）。");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, @Nullable String message) {
        return Map.of("field", field, "message", message == null ? "値が正しくありません。" : message);
    }

    /** The key a body gives twice (the parser stops at its second occurrence), as the API's field name; "" otherwise. */
    private static String duplicateKey(@Nullable Throwable cause) {
        if (!(cause instanceof StreamReadException read) || read.getProcessor() == null
                || !String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = read.getProcessor().getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            parts.push(context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.getCurrentName());
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Jackson's path as the API's field name, e.g. {@code parties[0].countryOfIncorporation}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
