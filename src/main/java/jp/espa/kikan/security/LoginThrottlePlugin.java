package jp.espa.kikan.security;

import java.time.Clock;
import java.time.Duration;

// engine internals: a process-engine plugin's type (impl.cfg), what IdentityProviderPlugin is
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Installs the {@link ThrottledIdentityProvider} in the engine (the starter adds every ProcessEnginePlugin bean), so
 * that wrong passwords are throttled per (user, client address) instead of locking the account in the database.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottlePlugin.Settings.class)
class LoginThrottlePlugin {

    /**
     * {@code kikan.login-throttle.*}: failures of one (user, address) that cost nothing, the wait after the next one,
     * doubled per further failure up to the cap, and how long a pair without failures is remembered.
     */
    @ConfigurationProperties("kikan.login-throttle")
    record Settings(@DefaultValue("3") int freeFailures, @DefaultValue("1s") Duration firstDelay,
                    @DefaultValue("60s") Duration maxDelay, @DefaultValue("1h") Duration forgetAfter) {
    }

    @Bean
    LoginThrottle loginThrottle(Settings settings) {
        return new LoginThrottle(settings.freeFailures(), settings.firstDelay(), settings.maxDelay(),
                settings.forgetAfter(), Clock.systemUTC());
    }

    /**
     * The throttle finds the client address through RequestContextHolder. Spring Boot's own RequestContextFilter runs
     * after Spring Security here (Jersey's auto-configuration orders it at -1), so the project API's Basic check would
     * see no request; this one runs first, and Boot's backs off.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextBeforeSecurity() {
        var registration = new FilterRegistrationBean<RequestContextFilter>(new OrderedRequestContextFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Only where passwords are checked: without them the engine's identity service is read-only (IdentityStore). */
    @Bean
    @ConditionalOnProperty(name = "kikan.sign-in.passwords", havingValue = "true", matchIfMissing = true)
    AbstractProcessEnginePlugin throttledIdentityProviderPlugin(LoginThrottle throttle) {
        return new IdentityProviderPlugin("ThrottledIdentityProviderPlugin", ThrottledIdentityProvider.class,
                () -> new ThrottledIdentityProvider(throttle));
    }
}
