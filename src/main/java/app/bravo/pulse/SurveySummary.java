package app.bravo.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of HR's list of surveys. */
public record SurveySummary(long id, String nameEn, String nameFa, SurveyKind kind, SurveyStatus status,
                            Recurrence recurrence, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
                            int questions, int rounds) {

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
