package jp.espa.kikan.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
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

    /**
     * swagger-core reads an example that looks like a number as a number ({@code "6999901000002"} became
     * 6999901000002); the strict API refuses a number for a string, so a string property's example stays a string.
     */
    @Bean
    OpenApiCustomizer stringExamplesAsStrings() {
        return document -> document.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.values().stream()
                        .filter(p -> isString(p) && p.getExample() != null && !(p.getExample() instanceof String))
                        .forEach(p -> p.setExample(p.getExample() instanceof JsonNode node ? node.asText() : p.getExample().toString()));
            }
        });
    }

    /** OpenAPI 3.1 (springdoc's default) names a schema's types in a set, 3.0 in one field. */
    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("string");
    }
}
