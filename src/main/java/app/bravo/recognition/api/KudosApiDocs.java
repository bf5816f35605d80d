package app.bravo.recognition.api;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recognition API's records are written with every field, null or not, so the OpenAPI document
 * declares each field required (as the wall's ApiDocs does for its own records); a test checks
 * recorded answers against it (OpenApiContractTest). A nullable field holding a record cannot say
 * "or null" through its annotation (springdoc writes a bare {@code $ref}), so it becomes
 * {@code anyOf: [the record, null]} here.
 */
@Configuration
class KudosApiDocs {

    private static final List<String> ANSWERS = List.of("ApiKudos", "ApiPerson", "ApiAddOn", "ApiCelebration", "KudosPage");
    /** (record, field) pairs whose value is another record or null. */
    private static final List<List<String>> NULLABLE_RECORDS = List.of(List.of("ApiKudos", "celebration"));

    @Bean
    OpenApiCustomizer recognitionAnswersAreComplete() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            ANSWERS.forEach(name -> {
                @SuppressWarnings("rawtypes")
                Schema schema = openApi.getComponents().getSchemas().get(name);
                if (schema != null) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Map<String, Schema> properties = schema.getProperties();
                    if (properties != null) {
                        schema.setRequired(new ArrayList<>(properties.keySet()));
                    }
                }
            });
            NULLABLE_RECORDS.forEach(f -> {
                @SuppressWarnings("rawtypes")
                Schema owner = openApi.getComponents().getSchemas().get(f.get(0));
                @SuppressWarnings("rawtypes")
                Schema field = owner == null || owner.getProperties() == null ? null : (Schema) owner.getProperties().get(f.get(1));
                if (field != null && field.get$ref() != null) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Schema nullable = new Schema().description(field.getDescription())
                            .anyOf(List.of(new Schema<>().$ref(field.get$ref()), new Schema<>().types(Set.of("null"))));
                    owner.getProperties().put(f.get(1), nullable);
                }
            });
        };
    }
}
