package jp.espa.kikan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.ProblemCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What is settled about a request before a controller runs, so that a refusal never follows a write: the answer's
 * media type (an Accept the API cannot answer is 406 before the filing, not after its commit), the body's media type
 * (a multipart body on a JSON endpoint is 415, not a failed multipart parse), and the firewall of Spring Security
 * (e.g. {@code //} or {@code ;} in the path), whose refusal is a problem document like every other error, as is that of
 * TRACE and of unknown methods.
 */
@Configuration
class StrictRequests implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StrictRequests.class);
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptChecked()).addPathPatterns("/api/**");
    }

    /** Parsed only when a handler asks for its parts: the handler's consumes condition answers a JSON endpoint first (415). */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    /**
     * TRACE (it would echo the request, credentials included) and methods HTTP does not define are refused before
     * anything runs, on every path, as problem documents. Tomcat lets TRACE through to here (ContainerErrors) so that
     * this answer is the one it gets.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> knownMethodsOnly(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (METHODS.contains(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", METHODS));
                problem(json, response, HttpStatus.METHOD_NOT_ALLOWED, "ウェブサーバーは、このHTTPメソッド（"
                        + (request.getMethod().matches("[A-Za-z-]{1,20}") ? request.getMethod() : "指定のもの") + "）を受け付けません。");
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("known-methods-only");
        return registration;
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = Problems.code(ProblemDetail.forStatus(status), ProblemCode.of(status.value()), detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Spring Security uses a bean of this type for every request its firewall rejects, on every path. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, e) -> {
            log.info("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            problem(json, response, HttpStatus.BAD_REQUEST,
                    "ウェブサーバーが要求を受け付けませんでした（パスの形式が正しくありません）。");
        };
    }

    /**
     * A handler without a declared {@code produces} (the mapping checks those) answers JSON: an Accept that admits no
     * JSON is refused before the handler runs.
     */
    static final class AcceptChecked implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotAcceptableException {
            String accept = request.getHeader("Accept");
            if (!(handler instanceof HandlerMethod) || accept == null || accept.isBlank()
                    || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
                return true;
            }
            try {
                for (MediaType acceptable : MediaType.parseMediaTypes(accept)) {
                    if (JSON.stream().anyMatch(acceptable::isCompatibleWith)) {
                        return true;
                    }
                }
            } catch (InvalidMediaTypeException e) {
                // refused below
            }
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
    }
}
