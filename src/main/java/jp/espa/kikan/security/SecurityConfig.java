package jp.espa.kikan.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors for systems, one for officials. /api and /engine-rest take the identity provider's bearer tokens
 * ({@link ProviderTokens}) and, unless {@code kikan.sign-in.passwords} is off (production), HTTP Basic against the
 * Camunda identity service; Spring Security authenticates both and Camunda's filter hands the account to the engine.
 * The Camunda webapps (Tasklist, Cockpit, Admin) sign officials in through the provider ({@link OfficialSignIn}) or
 * with their own login. Behind the authentication of /engine-rest and of the webapps' engine API, the
 * EngineRequestGuard keeps the engine's raw surfaces to reads, task work and forms.
 */
@Configuration
class SecurityConfig {

    private final ProblemAuthenticationEntryPoint entryPoint;
    private final CamundaIdentityAuthenticationProvider identity;
    private final SignInSettings settings;
    private final JwtDecoder tokens;
    private final Converter<Jwt, AbstractAuthenticationToken> tokenAccounts;

    SecurityConfig(ProblemAuthenticationEntryPoint entryPoint, CamundaIdentityAuthenticationProvider identity,
                   SignInSettings settings, JwtDecoder tokens, Converter<Jwt, AbstractAuthenticationToken> tokenAccounts) {
        this.entryPoint = entryPoint;
        this.identity = identity;
        this.settings = settings;
        this.tokens = tokens;
        this.tokenAccounts = tokenAccounts;
    }

    @Bean
    @Order(1)
    SecurityFilterChain projectApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                // Who may do what on which case is AccessPolicy's, checked by the application services.
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return stateless(http);
    }

    /**
     * The engine REST API: Spring Security reads the token or the Basic credentials, Camunda's filter (below) passes
     * the account to the engine or answers 401, and leaves its own unauthenticated paths open.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // a path matcher: the engine REST API is Jersey's servlet, which Spring MVC's matcher does not see
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return stateless(http);
    }

    /**
     * Bearer tokens of the identity provider and, where passwords are on, HTTP Basic against the identity service; no
     * session, 401/403 as problem+json. With passwords off a Basic header is no credential: 401.
     */
    private SecurityFilterChain stateless(HttpSecurity http) throws Exception {
        if (settings.passwords()) {
            http.authenticationProvider(identity).httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        return http
                .oauth2ResourceServer(bearer -> bearer.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint)
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(tokenAccounts)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Operations: health answers everyone with its status only (a load balancer probes it); its components (engine,
     * job executor, database) and the metrics (/actuator/prometheus) need an account of the administrators or of the
     * monitoring group (the Prometheus scraper), in every profile.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyAuthority(Roles.GROUP_PREFIX + Roles.ADMIN, Roles.GROUP_PREFIX + Roles.MONITORING));
        return stateless(http);
    }

    /** Everything else (webapps, engine REST, API docs) authenticates itself or is public. */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The engine REST API is open by default; Camunda's filter gives the engine the account Spring Security found. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SpringSecurityEngineAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-authentication");
        return registration;
    }

    /**
     * A POST to the Basic-authenticated APIs needs JSON or X-Requested-By (see the filter), checked first: a cross-site
     * form is refused before its credentials are even tried.
     */
    @Bean
    FilterRegistrationBean<CrossSiteWriteFilter> crossSiteWrites() {
        var registration = new FilterRegistrationBean<>(new CrossSiteWriteFilter());
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("cross-site-writes");
        return registration;
    }

    /**
     * The webapps' login (Camunda's, below /camunda/api/admin/auth/user): no session for system accounts, and none at
     * all where passwords are off.
     */
    @Bean
    FilterRegistrationBean<SystemAccountLoginFilter> systemAccountLogins() {
        var registration = new FilterRegistrationBean<>(new SystemAccountLoginFilter(settings.passwords()));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setName("system-account-logins");
        return registration;
    }

    /**
     * The servlets of the engine's two raw surfaces, /engine-rest (Jersey) and the webapps' /camunda/api/engine, and
     * Cockpit's plugin API (/camunda/api/cockpit), whose statistics the guard keeps to the roles that see every case.
     */
    static final String ENGINE_REST_SERVLET = CamundaJerseyResourceConfig.class.getName();
    static final String WEBAPP_ENGINE_SERVLET = "Engine Api";
    static final String COCKPIT_SERVLET = "Cockpit Api";

    /**
     * The perimeter of both engine surfaces, after their authentication. It is mapped to the two servlets by name:
     * the Servlet spec (6.2.4) runs servlet-name mappings after all URL-pattern mappings, so it follows the filter
     * above and the webapps' AuthenticationFilter and CSRF filter. An order alone cannot do that: Camunda adds the
     * webapp filters from a ServletContextInitializer that Spring Boot runs after every FilterRegistrationBean.
     * EngineSurfaceAttackTest checks the chain.
     */
    @Bean
    FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(IdentityService identity, FormService forms,
                                                                  TaskService tasks, RepositoryService repository,
                                                                  ProcessEngine engine, Environment environment) {
        // production: the models come from the jar (ModelDeployment), never from a REST deployment
        boolean deploymentsFromTheJar = environment.acceptsProfiles(Profiles.of("production"));
        var registration = new FilterRegistrationBean<>(new EngineRequestGuard(identity, forms, tasks, repository,
                new TaskDates(engine), deploymentsFromTheJar));
        registration.setServletNames(List.of(ENGINE_REST_SERVLET, WEBAPP_ENGINE_SERVLET, COCKPIT_SERVLET));
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setMatchAfter(true);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setName("engine-request-guard");
        return registration;
    }
}
