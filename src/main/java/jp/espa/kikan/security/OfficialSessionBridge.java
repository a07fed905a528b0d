package jp.espa.kikan.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' side of an official's sign-in, as Camunda's ContainerBasedAuthenticationFilter does it: the session's
 * Camunda authentication is the account Spring Security signed in through the provider, with the mapped groups (its
 * authorized apps from the engine's grants). Camunda's filter itself is not used: it answers 401 to every request
 * without a container login, which would shut out Camunda's own login where passwords are still allowed. The webapps'
 * logout button ends an official's session here, and the provider's at the next page ({@link ProviderSignOut}).
 */
class OfficialSessionBridge extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final OfficialAccounts accounts;
    private final ProviderSignOut providerSignOut;

    OfficialSessionBridge(ProcessEngine engine, OfficialAccounts accounts, ProviderSignOut providerSignOut) {
        this.engine = engine;
        this.accounts = accounts;
        this.providerSignOut = providerSignOut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (!(signedIn instanceof OAuth2AuthenticationToken) || session == null) {
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().matches(".*/api/admin/auth/user/[^/]+/logout")) {
            accounts.logout(request, response, signedIn);
            SecurityContextHolder.clearContext();
            session.invalidate();
            if (providerSignOut != null) {
                providerSignOut.later(request, response, signedIn);
            }
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        Actor official = Actor.of(signedIn);
        Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
        var current = webapps.getAuthenticationForProcessEngine(engine.getName());
        if (current == null || !current.getName().equals(official.userId())) {
            webapps.addOrReplace(AuthenticationUtil.createAuthentication(engine, official.userId(),
                    List.copyOf(official.groups()), null));
            AuthenticationUtil.updateSession(session, webapps);
        }
        chain.doFilter(request, response);
    }
}
