package jp.espa.kikan.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors, one user directory (the Camunda identity service):
 * the project API under /api uses Spring Security with HTTP Basic; /engine-rest uses Camunda's own filter.
 * The Camunda webapps (Tasklist, Cockpit, Admin) keep their own login. Behind the authentication of /engine-rest and
 * of the webapps' engine API, the EngineRequestGuard keeps the engine's raw surfaces to reads, task work and forms.
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain projectApi(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                   CamundaIdentityAuthenticationProvider identity) throws Exception {
        http.securityMatcher("/api/**")
                // Who may do what on which case is AccessPolicy's, checked by the application services.
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return statelessBasic(http, entryPoint, identity);
    }

    /** HTTP Basic against the identity service, no session, 401/403 as problem+json. */
    private static SecurityFilterChain statelessBasic(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                                      CamundaIdentityAuthenticationProvider identity) throws Exception {
        return http
                .authenticationProvider(identity)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
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
    SecurityFilterChain actuator(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                 CamundaIdentityAuthenticationProvider identity) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyAuthority(Roles.GROUP_PREFIX + Roles.ADMIN, Roles.GROUP_PREFIX + Roles.MONITORING));
        return statelessBasic(http, entryPoint, identity);
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

    /** The engine REST API is open by default; Camunda's filter makes it HTTP Basic against the identity service. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
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

    /** The webapps' login (Camunda's, below /camunda/api/admin/auth/user): no session for system accounts. */
    @Bean
    FilterRegistrationBean<SystemAccountLoginFilter> systemAccountLogins() {
        var registration = new FilterRegistrationBean<>(new SystemAccountLoginFilter());
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
