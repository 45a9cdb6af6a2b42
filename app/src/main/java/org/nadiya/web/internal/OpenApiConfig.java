package org.nadiya.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI nadiyaApi() {
        return new OpenAPI()
                .info(new Info().title("Nadiya API").version("v1").description(
                        "Counter-trafficking case coordination. Authenticate with a personal access token "
                                + "(Authorization: Bearer nad_...) or the signed-in session with its CSRF token."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("nad_ token")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
