package jp.espa.kikan.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Officials sign in to Tasklist, Cockpit, Admin and Welcome through the identity provider: OpenID Connect,
 * authorization code with PKCE (registration {@value #REGISTRATION}: the demo provider's, or
 * {@code spring.security.oauth2.client.registration.kikan} for Entra ID or Keycloak). {@link OfficialAccounts} maps
 * the claims to the service's groups and refuses an official with none; {@link OfficialSessionBridge} hands the
 * account to the webapps as Camunda's container-based authentication does. Sign-out (the webapps' logout button or
 * {@value #SIGN_OUT}) ends the service's session and then the provider's ({@link ProviderSignOut}). Where passwords are off (production) a
 * webapp page without a session goes to the provider; elsewhere Camunda's own login stays beside it.
 */
@Configuration
class OfficialSignIn {

    static final String REGISTRATION = "kikan";
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;
    static final String REDIRECT_PATH = "/login/oauth2/code/" + REGISTRATION;
    static final String SIGN_OUT = "/sign-out";
    static final String SIGNED_OUT_PAGE = "/signed-out";
    /** The webapps' logout (their logout button). */
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    @Order(1) // before SecurityConfig's catch-all
    SecurityFilterChain officials(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                                  OfficialAccounts accounts, SignInSettings settings) throws Exception {
        http.securityMatcher(matcher("/camunda/**", "/oauth2/**", "/login/oauth2/**", SIGN_OUT, SIGNED_OUT_PAGE))
                .csrf(csrf -> csrf.disable()) // the webapps keep Camunda's CSRF token
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (clients == null) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var providerSignOut = new ProviderSignOut(clients);
        http.authorizeHttpRequests(requests -> {
                    if (!settings.passwords()) {
                        requests.requestMatchers(matcher("/camunda/app/**")).authenticated();
                    }
                    requests.anyRequest().permitAll();
                })
                .addFilterBefore(providerSignOut, OAuth2AuthorizationRequestRedirectFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                        .successHandler(accounts).failureHandler(accounts))
                .logout(logout -> logout.logoutRequestMatcher(matcher(SIGN_OUT))
                        .addLogoutHandler(accounts).logoutSuccessHandler(providerSignOut.now()));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<OfficialSessionBridge> officialSessionBridge(ProcessEngine engine, OfficialAccounts accounts,
                                                                      ObjectProvider<ClientRegistrationRepository> registrations) {
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        var registration = new FilterRegistrationBean<>(new OfficialSessionBridge(engine, accounts,
                clients == null ? null : new ProviderSignOut(clients)));
        registration.setUrlPatterns(List.of("/camunda/*"));
        registration.setName("official-session-bridge");
        return registration;
    }

    static RequestMatcher matcher(String... patterns) {
        return new OrRequestMatcher(java.util.Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }
}
