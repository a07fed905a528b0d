package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * A problem+json answer written by a servlet filter, where no controller advice reaches (the engine REST, the webapps'
 * API, refusals before authentication). "message" repeats the detail because Tasklist, Cockpit and Admin show that
 * property of an error.
 */
public final class FilterProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterProblems() {
    }

    /** The document, to which a caller may add members ({@code errors}, {@code errorId}, …) before writing it. */
    public static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("message", detail);
        return problem;
    }

    /** Writes the document with its status (a response whose buffer the caller has reset, if it held anything). */
    public static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        response.setStatus((Integer) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), problem);
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, problem(status, title, detail));
    }
}
