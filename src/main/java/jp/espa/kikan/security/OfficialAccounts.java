package jp.espa.kikan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Who an official is, from the provider's ID token and user info: the account is the configured claim
 * ({@code kikan.sign-in.official-claim}), the groups the {@link GroupMapping} of the groups and roles claims. An
 * official with no mapped group is refused with a Japanese page (not an empty Tasklist). At sign-in the engine's
 * identity service gets the account (names, no password) and exactly the mapped groups, so Admin, candidate-group
 * queries and Camunda's periodic re-check of a webapp session see what the provider said at the last sign-in.
 * Every sign-in, refusal and sign-out is one audit line (the {@value #AUDIT} logger): account, subject, groups, client
 * address; never a token.
 */
@Component
class OfficialAccounts implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler,
        AuthenticationFailureHandler, LogoutHandler {

    static final String AUDIT = "jp.espa.kikan.audit.SignIn";
    static final String NO_MAPPED_GROUP = "no_mapped_group";
    private static final Logger audit = LoggerFactory.getLogger(AUDIT);

    private final OidcUserService provider = new OidcUserService();
    private final GroupMapping mapping;
    private final SignInSettings settings;
    private final IdentityStore store;
    private final SavedRequestAwareAuthenticationSuccessHandler toTheWork = new SavedRequestAwareAuthenticationSuccessHandler();

    OfficialAccounts(GroupMapping mapping, SignInSettings settings, IdentityStore store) {
        this.mapping = mapping;
        this.settings = settings;
        this.store = store;
        toTheWork.setDefaultTargetUrl("/camunda/app/tasklist/default/");
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser official = provider.loadUser(request);
        Set<String> groups = mapping.groupsOf(official.getClaims());
        String account = official.getClaimAsString(settings.officialClaim());
        if (account == null || groups.isEmpty()) {
            audit.warn("Refused sign-in of {} (subject {}) from {}: {}", account, official.getSubject(),
                    ThrottledIdentityProvider.clientAddress(), account == null ? "no claim " + settings.officialClaim()
                            : "no group of the service is mapped from " + mappedClaims(official));
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_MAPPED_GROUP, "No group of the service", null));
        }
        return new DefaultOidcUser(groups.stream().map(group -> new SimpleGrantedAuthority(Roles.GROUP_PREFIX + group))
                .toList(), official.getIdToken(), official.getUserInfo(), settings.officialClaim());
    }

    private String mappedClaims(OidcUser official) {
        return settings.groupClaims().stream().map(claim -> claim + "=" + GroupMapping.values(official.getClaims().get(claim)))
                .toList().toString();
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        Actor official = Actor.of(authentication);
        String subject = ((OidcUser) authentication.getPrincipal()).getSubject();
        keepInTheIdentityService(official, (OidcUser) authentication.getPrincipal());
        audit.info("Sign-in of {} (subject {}) from {}: groups {}", official.userId(), subject, request.getRemoteAddr(),
                official.groups().stream().sorted().toList());
        toTheWork.onAuthenticationSuccess(request, response, authentication);
    }

    /** The account with its name and e-mail (no password), member of exactly the mapped groups the engine knows. */
    private void keepInTheIdentityService(Actor official, OidcUser claims) {
        store.keepOfficial(official.userId(), claims.getGivenName() == null ? "" : claims.getGivenName(),
                claims.getFamilyName() != null ? claims.getFamilyName()
                        : claims.getFullName() != null ? claims.getFullName() : official.userId(),
                claims.getEmail(), official.groups());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean noGroup = exception instanceof OAuth2AuthenticationException refused
                && NO_MAPPED_GROUP.equals(refused.getError().getErrorCode());
        if (!noGroup) {
            audit.warn("Refused sign-in from {}: {}", request.getRemoteAddr(), exception.getMessage());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate(); // nothing of the attempt stays; with the demo provider its login ends too
        }
        response.setStatus(noGroup ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page(noGroup ? "このアカウントでは本システムを利用できません"
                : "サインインできませんでした", noGroup
                ? "認証基盤のアカウントに、本システムの業務のグループ（審査担当、幹部、内閣府、システム管理者など）が"
                        + "割り当てられていません。所属する府省のシステム管理者に、担当業務のグループへの登録を依頼してください。"
                : "認証基盤からの応答を確認できませんでした。もう一度サインインしてください。"));
    }

    static String page(String title, String message) {
        return """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="UTF-8"><title>%1$s</title>
                <style>body{font-family:sans-serif;max-width:36rem;margin:4rem auto}</style></head>
                <body><h1 id="title">%1$s</h1><p id="message">%2$s</p>
                <p><a id="sign-in" href="%3$s">サインイン</a></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message), OfficialSignIn.SIGN_IN);
    }

    /** Sign-out, before the session ends. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            Actor official = Actor.of(authentication);
            audit.info("Sign-out of {} from {}: groups {}", official.userId(), request.getRemoteAddr(),
                    official.groups().stream().sorted().toList());
        }
    }
}
