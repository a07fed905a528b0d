package jp.espa.kikan.security;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda 7.24 writes the script nonce of a webapp's page from one attribute of the servlet context, which every
 * request through its header filter overwrites with a new nonce, while the page's Content-Security-Policy header
 * carries the nonce of its own request. A request arriving in between (another official's, or the page's own still
 * under way when the webapp is loaded anew after signing in) gave the page another request's nonce: the browser
 * blocked every script and the page stayed blank. The page's nonces are set to its header's.
 */
class PageNonces extends OncePerRequestFilter {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([A-Za-z0-9_+/=-]+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/"); // a webapp's page, no script
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, page);
        String policy = page.getHeader("Content-Security-Policy");
        Matcher nonce = policy == null ? null : HEADER_NONCE.matcher(policy);
        String type = page.getContentType();
        if (nonce != null && nonce.find() && type != null && type.startsWith("text/html")) {
            Charset charset = Charset.forName(page.getCharacterEncoding()); // the servlet default when none is set
            String html = new String(page.getContentAsByteArray(), charset);
            String fixed = PAGE_NONCE.matcher(html).replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce.group(1) + "\""));
            if (!fixed.equals(html)) {
                page.resetBuffer();
                page.getOutputStream().write(fixed.getBytes(charset));
            }
        }
        page.copyBodyToResponse();
    }
}
