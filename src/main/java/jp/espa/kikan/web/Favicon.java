package jp.espa.kikan.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browsers ask the site for /favicon.ico on every page that names no icon of its own (the webapps' page for an app
 * the account may not open, the provider's sign-in page, a PDF), and logged a 404 in the console each time. The
 * webapps' own icon answers there too.
 */
@Configuration
class Favicon implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/META-INF/resources/webjars/camunda/")
                .setCacheControl(CacheControl.maxAge(1, TimeUnit.DAYS));
    }
}
