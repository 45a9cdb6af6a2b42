package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a client generator reads it: fetched with a personal access token (no redirect to the
 * sign-in page); every operation documents its errors as problem details and answers a real media type; the
 * statistics and exports have a summary and typed answers (an object schema without properties fails).
 */
@NadiyaTest
class OpenApiDocumentTest extends DemoWebTest {

    /** Paths whose answers must be typed (the statistics, the exports); the rest of the API is listed in docs/stats.md. */
    private static final List<String> TYPED = List.of("/api/v1/stats", "/api/v1/proceedings/{id}/network/ftm");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Autowired
    UserAdministration users;

    private String json() throws Exception {
        var token = users.issueToken(users.find("researcher").orElseThrow().id(), "openapi test", 1);
        return mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() throws Exception {
        return JsonMapper.builder().build().readValue(json(), Map.class);
    }

    @Test
    void theDocumentLoadsInTheParserClientGeneratorsUseWithoutAWarning() throws Exception {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(json(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/stats/exports/htcds");
    }

    @Test
    void withoutCredentialsTheDocumentAnswers401NotTheSignInPage() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsErrorsAndARealMediaType() throws Exception {
        Map<String, Object> api = document();
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) api.get("components")).get("schemas");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : ((Map<String, Map<String, Object>>) api.get("paths")).entrySet()) {
            for (var method : METHODS) {
                var operation = (Map<String, Object>) path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase() + " " + path.getKey();
                var responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (String code : List.of("400", "401", "403", "404")) {
                    var error = responses.get(code);
                    if (error == null || !((Map<String, Object>) error.get("content")).containsKey("application/problem+json")) {
                        problems.add(name + ": " + code + " is not documented as problem details");
                    }
                }
                responses.forEach((code, response) -> {
                    var content = (Map<String, Map<String, Object>>) response.get("content");
                    if (content != null && content.containsKey("*/*")) {
                        problems.add(name + ": " + code + " answers */*");
                    }
                    if (code.startsWith("2") && content != null && TYPED.stream().anyMatch(path.getKey()::startsWith)) {
                        content.values().forEach(media -> {
                            if (untyped((Map<String, Object>) media.get("schema"), schemas)) {
                                problems.add(name + ": " + code + " has an untyped answer");
                            }
                        });
                    }
                });
                if (TYPED.stream().anyMatch(path.getKey()::startsWith) && operation.get("summary") == null) {
                    problems.add(name + ": no summary");
                }
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(problems).isEmpty();
        assertThat(schemas).containsKeys("Problem", "StatsTableAnswer", "HtcdsCase", "ResearchAnswer");
    }

    /** An object without properties (or an array of them) says nothing a client can use. */
    @SuppressWarnings("unchecked")
    private static boolean untyped(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema == null) {
            return true;
        }
        if (schema.get("$ref") instanceof String ref) {
            return untyped((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if ("array".equals(schema.get("type"))) {
            return untyped((Map<String, Object>) schema.get("items"), schemas);
        }
        return "object".equals(schema.get("type")) && schema.get("properties") == null
                && schema.get("additionalProperties") == null;
    }
}
