package jp.espa.kikan.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's authentication of /engine-rest (ProcessEngineAuthenticationFilter), fed by Spring Security: the account a
 * bearer token or HTTP Basic authenticated, with its groups (the token's mapped groups, or the identity service's),
 * so the engine checks its authorizations for the groups the provider gave, users it does not store included.
 */
public class SpringSecurityEngineAuthentication implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        result.setGroups(List.copyOf(Actor.of(user).groups()));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", ProblemAuthenticationEntryPoint.CHALLENGE);
    }
}
