package jp.espa.kikan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every webapp asks at load who is signed in (GET /camunda/api/admin/auth/user/{engine}); Camunda answers "nobody"
 * with 404, which the browser logs as a failed request on every sign-in page. Nobody signed in is a successful answer:
 * 204 without a body. The webapps read any status but 200 as "not signed in" and show their sign-in form as before.
 */
class NobodySignedInAnswer extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().matches(".*/api/admin/auth/user/[^/]+");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(nobody(status));
            }

            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (status == SC_NOT_FOUND) {
                    setStatus(status);
                } else {
                    super.sendError(status, message);
                }
            }

            private int nobody(int status) {
                if (status == SC_NOT_FOUND) {
                    setHeader("Cache-Control", "no-store");
                    return SC_NO_CONTENT;
                }
                return status;
            }
        });
    }
}
