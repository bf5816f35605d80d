package app.bravo.recognition.api;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recognition API's records are written with every field, null or not, so the OpenAPI document
 * declares each field required (as the wall's ApiDocs does for its own records); a test checks
 * recorded answers against it (OpenApiContractTest).
 */
@Configuration
class KudosApiDocs {

    private static final List<String> ANSWERS = List.of("ApiKudos", "ApiPerson", "ApiAddOn", "KudosPage");

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
        };
    }
}
