package jp.espa.kikan.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.http.FilterProblems;
import jp.espa.kikan.platform.http.FormRejectionFilter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How {@link EngineRequestGuard} answers a request it stops: 400 naming the fields, or 403, as problem+json. */
final class EngineRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRequestGuard.class);

    private EngineRefusals() {
    }

    static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    static void invalid(HttpServletResponse response, List<Map<String, String>> errors) throws IOException {
        String message = String.join(" ", errors.stream().map(e -> e.get("message")).toList());
        problem(response, 400, FormRejectionFilter.INVALID_TITLE_JA, message, errors);
    }

    static void invalidBody(HttpServletResponse response) throws IOException {
        invalid(response, List.of(error("body", "送信内容をJSONのオブジェクトとして読み取れません。")));
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String path, Actor user)
            throws IOException {
        refuse(request, response, path, user, EngineRequestGuard.ADMIN_ONLY);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String path, Actor user, String detail)
            throws IOException {
        log.info("Refused {} {} ({}) for {}", request.getMethod(), request.getRequestURI(), path, user.userId());
        problem(response, 403, "Forbidden", detail, null);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail,
                                List<Map<String, String>> errors) throws IOException {
        Map<String, Object> problem = FilterProblems.problem(status, title, detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        FilterProblems.write(response, problem);
    }
}
