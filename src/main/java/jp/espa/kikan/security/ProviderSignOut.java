package jp.espa.kikan.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Cookie;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The provider's side of a sign-out (RP-initiated logout to its end_session_endpoint, back to {@code /signed-out}).
 * {@code /sign-out} goes there at once. The webapps' logout button is an XMLHttpRequest, which cannot take the browser
 * to the provider: the service's session ends and the way to the provider is kept in a cookie (not a new session,
 * which the webapps' requests still under way would replace), taken by the next page of the webapps or the next
 * sign-in (the webapps' script app/sign-out.js reloads the page at once). Without that, the provider would sign the
 * official in again silently with its own session.
 */
class ProviderSignOut extends OncePerRequestFilter {

    static final String PENDING = "KIKAN_PROVIDER_SIGN_OUT";

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
            response.addCookie(cookie(request, URLEncoder.encode(target.get(), StandardCharsets.UTF_8), -1));
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
        Cookie pending = request.getCookies() == null ? null
                : Arrays.stream(request.getCookies()).filter(c -> PENDING.equals(c.getName())).findFirst().orElse(null);
        if (pending != null) {
            response.addCookie(cookie(request, "", 0));
            response.sendRedirect(URLDecoder.decode(pending.getValue(), StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(PENDING, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
