package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready. Tomcat takes requests before the application's start-up work is done (the demo designates its
 * operators when the application is ready, ~20 s); until then the project API answers 503 "starting" with
 * Retry-After, and the readiness probe (/actuator/health/readiness, and so the overall health) OUT_OF_SERVICE, instead
 * of a filing refused with 400 "not a designated operator". Spring Boot marks the application ready after every
 * ApplicationReadyEvent listener has run, and refusing again when it closes.
 */
@Configuration(proxyBeanMethods = false)
class Readiness {

    static final ServiceProblem STARTING = new ServiceProblem(503, Duration.ofSeconds(5), "Service Unavailable",
            "The service is starting (or stopping): it takes requests once /actuator/health/readiness answers UP.",
            "サービスを一時的に利用できません", "サービスの起動中（または停止中）です。しばらくしてから再度お試しください。");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readinessOfTheApi(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
                    chain.doFilter(request, response);
                } else {
                    STARTING.answer(request, response);
                }
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("readiness-of-the-api");
        return registration;
    }
}
