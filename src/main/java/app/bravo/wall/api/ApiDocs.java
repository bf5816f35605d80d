package app.bravo.wall.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /v3/api-docs}) says beyond the controller's annotations: the
 * bearer security scheme, the RFC 9457 problem schema and the error answers every operation can
 * give (401, 403, 500, 503), so that clients generated from it read real answers. A test checks
 * recorded answers against the document with a validator (OpenApiContractTest).
 */
@Configuration
class ApiDocs {

    static final String BEARER = "bearer";
    static final String BAD_REQUEST = "#/components/responses/BadRequest";
    static final String NOT_FOUND = "#/components/responses/NotFound";
    static final String TOO_LARGE = "#/components/responses/ContentTooLarge";
    static final String UNSUPPORTED_MEDIA_TYPE = "#/components/responses/UnsupportedMediaType";
    private static final String PROBLEM = "Problem";
    /** The records the API answers with. */
    private static final List<String> ANSWERS = List.of("ApiNote", "Credit", "Submission", "WallPage");
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenApiCustomizer apiProblemsAndSecurity() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("An API token made in /admin/tokens: Authorization: Bearer bravo_..."));
            components.addSchemas(PROBLEM, problemSchema());
            if (components.getSchemas() != null) {
                ANSWERS.forEach(name -> {
                    Schema<?> schema = components.getSchemas().get(name);
                    if (schema != null) {
                        declareEveryFieldPresent(schema);
                    }
                });
            }
            components.addResponses("BadRequest", problem("A field or parameter is invalid; errors names each one"));
            components.addResponses("Unauthorized", problem("No valid API token (missing, unknown or revoked)"));
            components.addResponses("Forbidden", problem("The token lacks the scope for this request"));
            components.addResponses("NotFound", problem("No such resource (or not one of this integration)"));
            components.addResponses("ContentTooLarge", problem("The body is larger than the limit (bravo.api.max-body-size)"));
            components.addResponses("UnsupportedMediaType", problem("The body is not application/json"));
            components.addResponses("ServerError", problem("Something failed on the server; errorId is in its log"));
            components.addResponses("Unavailable", problem("The database does not answer; try again later"));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(ApiDocs::addCommonErrors);
                }
            });
        };
    }

    /**
     * The answers' records are written with every field, null or not, so each field is required;
     * a nullable field (type [..., "null"]) with an enum also allows null among its values.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void declareEveryFieldPresent(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
        properties.values().forEach(property -> {
            if (property.getTypes() != null && property.getTypes().contains("null") && property.getEnum() != null
                    && !property.getEnum().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
        });
    }

    private static void addCommonErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> common = new LinkedHashMap<>();
        common.put("401", "Unauthorized");
        common.put("403", "Forbidden");
        common.put("500", "ServerError");
        common.put("503", "Unavailable");
        common.forEach((status, name) -> responses.computeIfAbsent(status,
                s -> new ApiResponse().$ref("#/components/responses/" + name)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = object()
                .addProperty("field", string("The field or parameter, e.g. score or tags[1]"))
                .addProperty("code", string("A stable code, e.g. wall.error.one-of"))
                .addProperty("message", string("What is wrong, in the request's language"));
        fieldError.setRequired(List.of("field", "code", "message"));
        ArraySchema errors = new ArraySchema();
        errors.setTypes(Set.of("array"));
        errors.setItems(fieldError);
        errors.setDescription("400: each bad field");
        Schema<?> status = new Schema<>().types(Set.of("integer")).format("int32").description("The HTTP status");
        Schema<?> problem = object()
                .addProperty("type", string("about:blank").format("uri-reference"))
                .addProperty("title", string("A short summary of the problem type"))
                .addProperty("status", status)
                .addProperty("detail", string("What happened, for a person"))
                .addProperty("instance", string("The request's path").format("uri-reference"))
                .addProperty("errors", errors)
                .addProperty("code", string("A stable code of the refusal"))
                .addProperty("errorId", string("500: quote it when reporting; the server's log has it"));
        problem.setRequired(List.of("title", "status")); // no type means about:blank (RFC 9457 section 3.1.1)
        problem.setDescription("An RFC 9457 problem (application/problem+json)");
        return problem;
    }

    private static Schema<?> object() {
        return new Schema<>().types(Set.of("object"));
    }

    private static Schema<?> string(String description) {
        return new Schema<>().types(Set.of("string")).description(description);
    }
}
