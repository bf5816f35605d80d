package app.bravo.pulse;

import java.util.List;

/** A survey shipped with Bravo (src/main/resources/pulse-templates), ready to copy and adapt. */
public record SurveyTemplate(String key, SurveyKind kind, String nameEn, String nameFa, String descriptionEn,
                             String descriptionFa, List<QuestionForm> questions) {

    public SurveyTemplate {
        questions = List.copyOf(questions);
    }

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }

    public String description(boolean persian) {
        return persian ? descriptionFa : descriptionEn;
    }
}
