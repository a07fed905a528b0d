package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.BeforeItsDayException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An administrator who executes a timer before its day ({@code POST /engine-rest/job/{id}/execute}, or Cockpit through
 * the webapps' engine API) is told so: 409 problem+json with the act, its first day and today, in place of the engine
 * REST's answer to a refused job (404 "not found" in Camunda's format). {@link TimersOnTheirDay} remembers the refusal
 * for the request.
 */
@Component
public class EarlyTimerAnswer extends OncePerRequestFilter {

    private static final String ATTRIBUTE = EarlyTimerAnswer.class.getName();

    public static void remember(BeforeItsDayException refusal) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"))
                || !path.matches(".*/job/[^/]+/execute");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (request.getAttribute(ATTRIBUTE) instanceof BeforeItsDayException refusal && wrapper.getStatus() >= 400) {
            wrapper.resetBuffer();
            Map<String, Object> problem = FilterProblems.problem(HttpStatus.CONFLICT.value(), "期日前のため実行できません",
                    refusal.getMessage());
            problem.put("firstDay", refusal.firstDay().toString());
            FilterProblems.write(wrapper, problem);
        }
        wrapper.copyBodyToResponse();
    }
}
