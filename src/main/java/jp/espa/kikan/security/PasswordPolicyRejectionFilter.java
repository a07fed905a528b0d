package jp.espa.kikan.security;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.http.FormRejectionFilter;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * With the password policy on, the engine refuses a weak password with a plain ProcessEngineException, which the
 * engine REST API (/engine-rest and Admin's /camunda/api/engine) answers with HTTP 500. A weak password is the
 * client's mistake: this filter turns that answer into 400, in Camunda's error format ({@code type}, {@code message}),
 * with the rules in the message.
 */
@Component
class PasswordPolicyRejectionFilter extends OncePerRequestFilter {

    /** Camunda's message (SaveUserCmd). */
    static final String ENGINE_MESSAGE = "Password does not match policy";

    /** Camunda's default policy (enable-password-policy); ProductionStartupCheck checks the same policy. */
    private static final int MIN_LENGTH = 10;

    static final String MESSAGE = ENGINE_MESSAGE + ": at least " + MIN_LENGTH + " characters with an upper-case and a"
            + " lower-case letter, a digit and a special character, not containing the user's id, names or e-mail.";

    /** Creating a user and setting a user's password, under /engine-rest or the webapps' engine API. */
    private static final Pattern USER_PASSWORD_PATHS = Pattern.compile(
            "/(engine-rest|camunda/api/engine/engine/[^/]+)/user/(create|[^/]+/credentials)");

    private final ObjectMapper json;

    PasswordPolicyRejectionFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || !USER_PASSWORD_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 500 && isPolicyRejection(wrapper.getContentAsByteArray())) {
            FormRejectionFilter.answerBadRequest(wrapper, MESSAGE);
        }
        wrapper.copyBodyToResponse();
    }

    private boolean isPolicyRejection(byte[] body) {
        try {
            JsonNode error = json.readTree(body);
            return error != null && ENGINE_MESSAGE.equals(error.path("message").asText());
        } catch (IOException notJson) {
            return false;
        }
    }
}
