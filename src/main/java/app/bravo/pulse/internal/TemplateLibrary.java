package app.bravo.pulse.internal;

import app.bravo.pulse.ChoiceForm;
import app.bravo.pulse.Driver;
import app.bravo.pulse.JourneyStage;
import app.bravo.pulse.QuestionForm;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey templates shipped in {@code src/main/resources/pulse-templates/*.json}, read once at
 * start-up in the order of their file names. A template that does not parse stops the start: it is
 * part of the build, not data.
 */
@Component
public class TemplateLibrary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<SurveyTemplate> templates;

    TemplateLibrary() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:pulse-templates/*.json");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(files));
            sorted.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<SurveyTemplate> read = new ArrayList<>();
            for (Resource r : sorted) {
                try (InputStream in = r.getInputStream()) {
                    read.add(template(JSON.readTree(in)));
                }
            }
            this.templates = List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pulse templates", e);
        }
    }

    public List<SurveyTemplate> all() {
        return templates;
    }

    public Optional<SurveyTemplate> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static SurveyTemplate template(JsonNode t) {
        List<QuestionForm> questions = new ArrayList<>();
        for (JsonNode q : t.get("questions")) {
            List<ChoiceForm> choices = new ArrayList<>();
            if (q.has("choices")) {
                for (JsonNode c : q.get("choices")) {
                    choices.add(new ChoiceForm(c.get("en").asString(), c.get("fa").asString()));
                }
            }
            questions.add(new QuestionForm(QuestionType.valueOf(q.get("type").asString()), q.get("en").asString(),
                    q.get("fa").asString(), q.get("required").asBoolean(), driver(q), stage(q), choices));
        }
        return new SurveyTemplate(t.get("key").asString(), SurveyKind.valueOf(t.get("kind").asString()),
                t.get("name").get("en").asString(), t.get("name").get("fa").asString(),
                t.get("description").get("en").asString(), t.get("description").get("fa").asString(), questions);
    }

    private static @Nullable Driver driver(JsonNode q) {
        return q.has("driver") ? Driver.valueOf(q.get("driver").asString()) : null;
    }

    private static @Nullable JourneyStage stage(JsonNode q) {
        return q.has("stage") ? JourneyStage.valueOf(q.get("stage").asString()) : null;
    }
}
