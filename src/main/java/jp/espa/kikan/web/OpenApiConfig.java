package jp.espa.kikan.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the project API (/v3/api-docs, UI at /swagger-ui.html). */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI openApiDocument() {
        return new OpenAPI()
                .info(new Info().title("kikan-workflow API").version("1")
                        .description("Screening of introduction plans for specified critical equipment (ESPA Art 52-55). "
                                + "Dates are Asia/Tokyo calendar days (ISO 8601). Errors are application/problem+json; "
                                + "input errors list the fields in `errors`."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account of the Camunda identity service")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
