package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's answers on its two raw surfaces (/engine-rest and the webapps' /camunda/api/engine, which Tasklist
 * uses) as problem documents in Japanese, the language of the officials who read them:
 * <ul>
 * <li>Camunda wraps an exception thrown by a task listener or delegate twice (engine, then REST layer), so when our
 * server-side check rejects what an official submitted, the answer would be HTTP 500 with a long technical message.
 * {@link FormValues#reject} remembers the field and the plain Japanese message for the request; this filter answers
 * 400 with them, which Tasklist shows as it is ({@code message}).</li>
 * <li>Every other error of the engine (Camunda's JSON: exception class and message) becomes a problem with a Japanese
 * title and detail by its status and an error id; the engine's own message, which may hold SQL or a Java message,
 * goes to the log under that id only.</li>
 * </ul>
 */
@Component
public class FormRejectionFilter extends OncePerRequestFilter {

    /** The title of every refused form submission, whichever check refused it. */
    public static final String INVALID_TITLE_JA = "入力内容に誤りがあります";

    private static final Logger log = LoggerFactory.getLogger(FormRejectionFilter.class);
    private static final String ATTRIBUTE = FormRejectionFilter.class.getName();

    private record Rejection(String field, String message) {
    }

    /** Refusals the engine reports as server errors though they are a conflict with another official's work. */
    private static final Map<String, String> CONFLICTS = Map.of(
            "TaskAlreadyClaimedException", "このタスクは既にほかの担当者が引き受けています。画面を更新してください。",
            "OptimisticLockingException", "ほかの操作と重なったため、処理できませんでした。画面を更新して、もう一度操作してください。");

    private final ObjectMapper json;

    FormRejectionFilter(ObjectMapper json) {
        this.json = json;
    }

    public static void remember(String field, String message) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new Rejection(field, message), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/camunda/api/engine/") || path.startsWith("/engine-rest/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        int status = wrapper.getStatus();
        if (status >= 400 && request.getAttribute(ATTRIBUTE) instanceof Rejection rejection) {
            answerBadRequest(wrapper, rejection.field(), rejection.message());
        } else if (status >= 400 && MediaType.APPLICATION_JSON.isCompatibleWith(contentType(wrapper))) {
            engineError(request, wrapper, status);
        }
        wrapper.copyBodyToResponse();
    }

    private static MediaType contentType(HttpServletResponse response) {
        try {
            return response.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(response.getContentType());
        } catch (IllegalArgumentException e) {
            return MediaType.ALL;
        }
    }

    /** Camunda's {@code {"type": ..., "message": ...}} as a problem in Japanese; the original in the log. */
    private void engineError(HttpServletRequest request, ContentCachingResponseWrapper wrapper, int status) throws IOException {
        if (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType(wrapper))) {
            return; // ours already
        }
        JsonNode error;
        try {
            error = json.readTree(wrapper.getContentAsByteArray());
        } catch (IOException notJson) {
            error = null;
        }
        String errorId = UUID.randomUUID().toString();
        String type = error == null ? "" : error.path("type").asText("");
        String message = error == null ? "" : error.path("message").asText("");
        if (CONFLICTS.containsKey(type)) {
            status = HttpStatus.CONFLICT.value(); // the engine answers these 500; they are the common race of two officials
        }
        if (status >= 500) {
            log.error("Engine error {} on {} {}: {}: {}", errorId, request.getMethod(), request.getRequestURI(), type, message);
        } else {
            log.info("Engine refusal {} ({}) on {} {}: {}: {}", errorId, status, request.getMethod(), request.getRequestURI(),
                    type, message);
        }
        String detail = switch (status) {
            case 400 -> "要求の内容に誤りがあるため、処理できませんでした。";
            case 401 -> "ログインしてください。";
            case 403 -> "この操作を行う権限がありません。";
            case 404 -> "対象が見つかりません。既に処理されたか、参照する権限がありません。";
            case 409 -> CONFLICTS.getOrDefault(type, CONFLICTS.get("OptimisticLockingException"));
            default -> status >= 500 ? "処理中に予期しないエラーが発生しました。管理者にエラーID " + errorId + " をお知らせください。"
                    : "要求を処理できませんでした。";
        };
        Map<String, Object> problem = FilterProblems.problem(status, status >= 500 ? "エラーが発生しました" : "処理できませんでした", detail);
        problem.put("errorId", errorId);
        write(wrapper, problem);
    }

    /**
     * Answers 400 for a refused submission, as a problem naming the field ({@code errors}) with the message also as
     * {@code message}, which Tasklist and Admin show as it is. Replaces whatever the engine answered.
     */
    public static void answerBadRequest(ContentCachingResponseWrapper wrapper, String field, String message)
            throws IOException {
        Map<String, Object> problem = FilterProblems.problem(HttpStatus.BAD_REQUEST.value(), INVALID_TITLE_JA, message);
        problem.put("errors", List.of(Map.of("field", field == null ? "form" : field, "message", message)));
        write(wrapper, problem);
    }

    /** As {@link #answerBadRequest(ContentCachingResponseWrapper, String, String)} for the form as a whole. */
    public static void answerBadRequest(ContentCachingResponseWrapper wrapper, String message)
            throws IOException {
        answerBadRequest(wrapper, null, message);
    }

    private static void write(ContentCachingResponseWrapper wrapper, Map<String, Object> problem) throws IOException {
        wrapper.resetBuffer();
        FilterProblems.write(wrapper, problem);
    }
}
