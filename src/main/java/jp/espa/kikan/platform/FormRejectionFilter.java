package jp.espa.kikan.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda wraps an exception thrown by a task listener or delegate twice (engine, then REST layer), so when our
 * server-side check rejects what an official submitted in Tasklist (webapp API) or over /engine-rest, the answer
 * would be HTTP 500 with a long technical message. {@link FormValues#reject} remembers the plain Japanese message
 * for the request; this filter turns such an answer into 400 with that message, which Tasklist shows as it is.
 */
@Component
public class FormRejectionFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = FormRejectionFilter.class.getName();

    private final ObjectMapper json;

    FormRejectionFilter(ObjectMapper json) {
        this.json = json;
    }

    static void remember(String message) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, message, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Only submissions that run listeners and delegates: completing tasks and starting processes. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || !(path.startsWith(request.getContextPath() + "/camunda/api/") || path.startsWith(request.getContextPath() + "/engine-rest/"))
                || !path.matches(".*/(submit-form|complete|start)$");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Object message = request.getAttribute(ATTRIBUTE);
        if (message != null && wrapper.getStatus() >= 500) {
            answerBadRequest(wrapper, json, message.toString());
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * Replaces an engine's 5xx answer that was really the client's mistake by 400 in Camunda's error format
     * ({@code type}, {@code message}), which Tasklist and Admin show as they are.
     */
    public static void answerBadRequest(ContentCachingResponseWrapper wrapper, ObjectMapper json, String message)
            throws IOException {
        wrapper.resetBuffer();
        wrapper.setStatus(HttpStatus.BAD_REQUEST.value());
        wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
        wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(wrapper.getOutputStream(), Map.of("type", "BadUserRequestException", "message", message));
    }
}
