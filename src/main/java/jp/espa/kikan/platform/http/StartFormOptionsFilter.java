package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.FormOptions;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A start form as Tasklist loads it ({@code GET …/process-definition/…/deployed-start-form} on both engine surfaces),
 * with each select that names a registry list by {@code valuesKey} given that list as its {@code values}: Tasklist
 * loads no variables for a start form, so a {@code valuesKey} there would offer nothing ({@link FormOptions}). Task
 * forms bind their lists to task variables as form-js does; they pass unchanged.
 */
@Component
public class StartFormOptionsFilter extends OncePerRequestFilter {

    private static final Pattern START_FORM = Pattern.compile(
            "/(camunda/api/engine|engine-rest)/(engine/[^/]+/)?process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form");

    private final FormOptions options;
    private final ObjectMapper json;

    StartFormOptionsFilter(FormOptions options, ObjectMapper json) {
        this.options = options;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !START_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200) {
            JsonNode form = readForm(wrapper.getContentAsByteArray());
            if (form != null && fill(form.path("components"))) {
                byte[] filled = json.writeValueAsBytes(form);
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(filled);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private JsonNode readForm(byte[] body) {
        try {
            JsonNode form = json.readTree(body);
            return form != null && form.isObject() ? form : null;
        } catch (IOException notAForm) {
            return null;
        }
    }

    /** Gives each registry-bound select (in groups too) its list; true if any was filled. */
    private boolean fill(JsonNode components) {
        boolean filled = false;
        for (JsonNode component : components) {
            if (component instanceof ObjectNode c && c.hasNonNull("valuesKey")) {
                var list = options.list(c.path("valuesKey").asText());
                if (list.isPresent()) {
                    c.remove("valuesKey");
                    c.set("values", json.valueToTree(list.get()));
                    filled = true;
                }
            }
            filled |= fill(component.path("components"));
        }
        return filled;
    }
}
