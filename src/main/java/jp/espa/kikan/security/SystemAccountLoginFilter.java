package jp.espa.kikan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.espa.kikan.platform.http.FilterProblems;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * System accounts (the portal, the metrics scraper) get no webapp session: Camunda lets every account log in to the
 * Welcome app, and a session opens the webapps' APIs (/camunda/api/engine, Cockpit's plugin API) to it. The login
 * runs as Camunda does it (password check, throttling); when it logged in a system account, the session is dropped and
 * the answer is 403, so only who knows the password learns that the account is one.
 */
class SystemAccountLoginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SystemAccountLoginFilter.class);

    static final String REFUSED = "システム用アカウントではWebアプリケーションにログインできません。";
    static final String NO_PASSWORDS = "パスワードではログインできません。認証基盤でサインインしてください。";

    /** Off (production): officials sign in only through the identity provider, every password login is refused. */
    private final boolean passwords;

    SystemAccountLoginFilter(boolean passwords) {
        this.passwords = passwords;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().matches(".*/api/admin/auth/user/[^/]+/login/[^/]+");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!passwords) {
            FilterProblems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", NO_PASSWORDS);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        HttpSession session = request.getSession(false);
        String account = session == null ? null : systemAccount(session);
        if (account == null) {
            held.copyBodyToResponse();
            return;
        }
        session.invalidate();
        log.info("Refused a webapp session to the system account {}", account);
        response.reset(); // the session cookie and the login's answer
        FilterProblems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", REFUSED);
    }

    /** The system account logged in to this session, if any. */
    private static String systemAccount(HttpSession session) {
        for (UserAuthentication user : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
            if (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(Roles::isSystemAccountGroup)) {
                return user.getName();
            }
        }
        return null;
    }
}
