package jp.espa.kikan.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.espa.kikan.platform.http.FilterProblems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers cannot be made to write through HTTP Basic: a browser that once answered the Basic challenge of /api or
 * /engine-rest sends the credentials with any request to them, a cross-site form's too. A form (or a fetch without
 * CORS) can send only a POST, with no Content-Type or one of the three "simple" ones; any other type, or a header of
 * one's own, makes the browser ask first (CORS preflight), which this service never allows. So a POST needs a
 * Content-Type other than those (JSON) or the header X-Requested-By (as Jersey's CSRF filter asks; any value): every
 * API client sends one of them, a cross-site form cannot. Other writing methods (PUT, DELETE) always need the preflight.
 * The refusal is 415, as /api answers any body that is not JSON. The webapps' cookie sessions have Camunda's CSRF token
 * instead (X-XSRF-TOKEN).
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteWriteFilter.class);

    static final String HEADER = "X-Requested-By";
    static final String REFUSED = "POST requests need Content-Type: application/json (or another type that is not a"
            + " form's), or the header " + HEADER + ": a browser cannot be made to send this request from another site.";
    /** What a cross-site form or a fetch without CORS may send (Fetch standard, CORS-safelisted request header). */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || !formLike(request.getContentType()) || hasHeader(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused a POST {} without a JSON body or {} (Content-Type {}, Origin {})", request.getRequestURI(), HEADER,
                request.getContentType(), request.getHeader("Origin"));
        FilterProblems.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", REFUSED);
    }

    private static boolean formLike(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        return FORM_TYPES.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private static boolean hasHeader(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        return value != null && !value.isBlank();
    }
}
