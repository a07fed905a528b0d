package jp.espa.kikan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties.CacheProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;

/**
 * The official signed in to the webapps, for the pages an official opens from a Tasklist form in a new tab (the case's
 * documents): the account and groups Camunda's login or {@link OfficialSessionBridge} put in the session, never a
 * Basic header or a token (those are the systems' door, /api). Only reads a session: it makes none.
 */
@Component
public class WebappSession {

    private final String engineName;
    private final CacheProperties cache;

    WebappSession(ProcessEngine engine, CamundaBpmProperties camunda) {
        this.engineName = engine.getName();
        this.cache = camunda.getWebapp().getAuth().getCache();
    }

    /** The account of the request's webapp session, if it has one signed in to this engine. */
    public Optional<Actor> actor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
        if (cache.isTtlEnabled()) { // as the webapps' own filter: an account removed or regrouped since sign-in is seen
            AuthenticationUtil.updateCache(webapps, session, cache.getTimeToLive());
        }
        var signedIn = webapps.getAuthenticationForProcessEngine(engineName);
        if (!(signedIn instanceof UserAuthentication user) || user.getName() == null) {
            return Optional.empty();
        }
        return Optional.of(new Actor(user.getName(), user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds())));
    }

    /**
     * Whether a POST carries the session's CSRF token (Camunda's CsrfPreventionFilter keeps it in the session and hands
     * it to the page in the XSRF-TOKEN cookie, which another site cannot read): the webapps' own writes send it in
     * X-XSRF-TOKEN, a form of theirs as a field.
     */
    public boolean csrfTokenMatches(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
