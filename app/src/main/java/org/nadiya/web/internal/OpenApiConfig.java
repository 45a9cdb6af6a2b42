package org.nadiya.web.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The errors every operation may answer, as RFC 9457 problem details ({@code ExceptionAdvice}, {@code JsonErrors}). */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad input: the problem names the field and the reason in the reader's language",
            "401", "No valid token or session",
            "403", "The user's role may not do this, or the CSRF token is missing",
            "404", "Not found, or not visible to this user (the two are not told apart)");

    @Bean
    OpenAPI nadiyaApi() {
        return new OpenAPI()
                .info(new Info().title("Nadiya API").version("v1").description(
                        "Counter-trafficking case coordination. Authenticate with a personal access token "
                                + "(Authorization: Bearer nad_...) or the signed-in session with its CSRF token. "
                                + "Errors are problem details (application/problem+json). Routes ending in .csv give "
                                + "CSV for programs: UTF-8 without a byte-order mark, a header line."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("nad_ token")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Every operation documents its errors as problem details and answers a real media type, never any. */
    @Bean
    OpenApiCustomizer problemDetailsAndMediaTypes() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                realMediaTypes(path, operation);
                ERRORS.forEach((code, description) -> operation.getResponses().computeIfAbsent(code,
                        c -> new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            }));
        };
    }

    private static void realMediaTypes(String path, Operation operation) {
        String type = path.endsWith(".csv") ? "text/csv" : path.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/json";
        operation.getResponses().forEach((code, response) -> {
            Content content = response.getContent();
            if (content == null || !content.containsKey("*/*")) {
                return;
            }
            MediaType any = content.remove("*/*");
            if (!type.equals("application/json")) {
                any.setSchema(new StringSchema().format(type.equals("text/csv") ? null : "binary"));
            }
            content.addMediaType(type, any);
        });
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An error as RFC 9457 problem details.")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What is wrong, in the reader's language"))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("The message key or error name"))
                .addProperty("field", new StringSchema().description("The input the problem concerns").nullable(true))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().nullable(true))
                        .addProperty("code", new StringSchema())
                        .addProperty("detail", new StringSchema())))
                .required(List.of("status"));
    }
}
