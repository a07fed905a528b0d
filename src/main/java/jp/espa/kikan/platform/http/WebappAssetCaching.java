package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' scripts, styles, fonts, pictures and translations may be kept by the browser and are checked at each
 * use ({@code Cache-Control: no-cache}; unchanged, they answer 304 without a body, by their Last-Modified). Spring
 * Security otherwise marks every response no-store, so each Tasklist page downloaded Camunda's 3.9 MB of scripts
 * again and the browser compiled them again. Pages themselves (index pages with their script nonces, the APIs) keep
 * no-store: the filter only answers for a file name ending in one of these kinds.
 */
@Configuration(proxyBeanMethods = false)
class WebappAssetCaching {

    private static final Pattern ASSET = Pattern.compile(".*\\.(js|css|json|woff2?|ttf|eot|svg|png|ico|gif)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappAssets() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod()) || !ASSET.matcher(request.getRequestURI()).matches()
                        || request.getRequestURI().startsWith("/camunda/api/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/camunda/app/*", "/camunda/lib/*", "/camunda/assets/*");
        registration.setName("webapp-asset-caching");
        return registration;
    }
}
