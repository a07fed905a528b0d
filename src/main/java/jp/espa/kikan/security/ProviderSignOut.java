package jp.espa.kikan.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The provider's side of a sign-out (RP-initiated logout to its end_session_endpoint, back to {@code /signed-out}).
 * {@code /sign-out} goes there at once. The webapps' logout button is an XMLHttpRequest, which cannot take the browser
 * to the provider: the service's session ends and the way to the provider is kept in a fresh one, taken by the next
 * page of the webapps or the next sign-in (the webapps' script app/sign-out.js reloads the page at once). Without
 * that, the provider would sign the official in again silently with its own session.
 */
class ProviderSignOut extends OncePerRequestFilter {

    static final String PENDING = ProviderSignOut.class.getName() + ".PENDING";

    private final ClientRegistrationRepository clients;

    ProviderSignOut(ClientRegistrationRepository clients) {
        this.clients = clients;
    }

    /** For {@code /sign-out}: the redirect to the provider (or, with no end_session_endpoint, to "/"). */
    OidcClientInitiatedLogoutSuccessHandler now() {
        var atTheProvider = new OidcClientInitiatedLogoutSuccessHandler(clients);
        atTheProvider.setPostLogoutRedirectUri("{baseUrl}" + OfficialSignIn.SIGNED_OUT_PAGE);
        return atTheProvider;
    }

    /** For the webapps' logout, once the service's session has ended: the provider's sign-out for the next page. */
    void later(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException, ServletException {
        var target = new AtomicReference<String>();
        var capturing = now();
        capturing.setRedirectStrategy((req, res, url) -> target.set(url));
        capturing.onLogoutSuccess(request, response, signedIn);
        if (target.get() != null && target.get().contains("id_token_hint")) { // else the provider has no end_session_endpoint
            request.getSession(true).setAttribute(PENDING, target.get());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || !(path.startsWith("/camunda/app/") && !path.matches(".*\\.[a-z0-9]+$") || path.startsWith("/oauth2/authorization/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING) instanceof String providerSignOut) {
            session.invalidate();
            response.sendRedirect(providerSignOut);
            return;
        }
        chain.doFilter(request, response);
    }
}
